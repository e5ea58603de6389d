/// An order offered for batch (cluster) picking: one tote on the cart.
public struct BatchOrder: Equatable, Sendable {
    /// One line to pick: `quantity` units from `bin`.
    public struct Line: Equatable, Sendable {
        public var bin: BinLocation
        public var quantity: Int
        public init(bin: BinLocation, quantity: Int) {
            self.bin = bin
            self.quantity = quantity
        }
    }

    public var id: String
    /// Lower is more urgent (e.g. ship-by minute, or a priority rank). Urgency always wins
    /// over walk savings when choosing orders.
    public var urgency: Int
    public var lines: [Line]

    public init(id: String, urgency: Int, lines: [Line]) {
        self.id = id
        self.urgency = urgency
        self.lines = lines
    }
}

/// One stop of a batch walk: a bin, and which tote gets how many units from it.
public struct BatchStop: Equatable, Sendable {
    public struct Share: Equatable, Sendable {
        /// Tote position on the cart, 0-based (= index into `BatchPlan.orders`).
        public var tote: Int
        public var orderID: String
        public var quantity: Int
    }

    public var bin: BinLocation
    public var shares: [Share]
}

/// The orders chosen for one cart and the single walk that picks them all.
public struct BatchPlan: Equatable, Sendable {
    /// Order ids, one per tote, tote 0 first.
    public var orders: [String]
    /// The walk, one stop per distinct bin.
    public var stops: [BatchStop]
    /// Walking length of the whole batch, metres (depot → stops → depot).
    public var length: Double
}
