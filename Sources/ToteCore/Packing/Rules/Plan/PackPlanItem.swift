/// One thing the packer must check off for an order.
public struct PackPlanItem: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// Units of a shippable order line.
        case line(lineNumber: Int, sku: String)
        /// A printed insert from a rule (flyer, sample, card).
        case insert
        case material(MaterialKind)
        /// The gift message card (`PackPlan.giftMessage` is its text).
        case giftCard
        /// Box number `load` of `PackPlan.cartons.loads`.
        case carton(load: Int)
    }

    /// How the item is checked off.
    public enum Verify: Equatable, Sendable {
        /// Scan once per unit (`PackInput.item` for lines, `PackInput.barcode` for inserts).
        case scanEach
        /// Large line: scan one unit, then confirm the count (`PackInput.confirm`); scanning every unit works too.
        case scanOnceConfirmCount
        /// Confirm key only (tissue, gift card, confirm-allowed inserts).
        case confirm
        /// Scan a carton label that passes `CartonPlanner.check` for the load.
        case cartonScan
    }

    public var kind: Kind
    /// Shown at the station.
    public var name: String
    /// Units to check off; at least 1.
    public var quantity: Int
    /// For inserts and materials: what to scan. For cartons: the suggested carton's barcode.
    public var barcode: String?
    public var verify: Verify
    /// Weight of one unit, grams (inserts and materials; lines and cartons are weighed via the plan).
    public var weightGrams: Int

    public init(kind: Kind, name: String, quantity: Int, barcode: String? = nil, verify: Verify, weightGrams: Int = 0) {
        self.kind = kind
        self.name = name
        self.quantity = quantity
        self.barcode = barcode
        self.verify = verify
        self.weightGrams = weightGrams
    }
}

extension PackPlanItem {
    /// A name for the item that stays the same when the plan is built again for the same order
    /// (after a restart), so saved progress finds its item: `line:3`, `insert:Welcome flyer`,
    /// `material:tissue:Tissue paper`, `gift`, `carton:0`.
    public var key: String {
        switch kind {
        case .line(let n, _): return "line:\(n)"
        case .insert: return "insert:" + name
        case .material(let m): return "material:\(m.rawValue):" + name
        case .giftCard: return "gift"
        case .carton(let load): return "carton:\(load)"
        }
    }
}
