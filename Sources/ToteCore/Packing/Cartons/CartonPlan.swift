/// The boxes suggested for an order: one when everything fits, several when it must be split.
public struct CartonPlan: Equatable, Sendable {
    /// A unit that fits no configured carton on its own.
    public struct Unfit: Equatable, Sendable {
        public var sku: String
        public var lineNumber: Int
        /// e.g. `620×80×80 mm is larger than every carton (largest XL 600×400×400 mm)`.
        public var reason: String
    }

    /// Boxes in packing order; empty when nothing could be placed (or no cartons are configured).
    public var loads: [CartonLoad]
    /// Units that fit no carton on their own (too long or too heavy); the supervisor decides.
    public var unfit: [Unfit]
    /// SKUs without catalogue dimensions: counted by weight only, so the suggestion may be too small.
    public var unmeasured: [String]
    /// A rule asked for a branded box but no branded carton holds the order; plain cartons were used.
    public var brandedUnavailable: Bool

    public init(loads: [CartonLoad] = [], unfit: [Unfit] = [], unmeasured: [String] = [], brandedUnavailable: Bool = false) {
        self.loads = loads
        self.unfit = unfit
        self.unmeasured = unmeasured
        self.brandedUnavailable = brandedUnavailable
    }

    public var isSplit: Bool { loads.count > 1 }
    /// True when every unit has a box.
    public var isComplete: Bool { unfit.isEmpty }
}
