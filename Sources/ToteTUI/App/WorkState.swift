import ToteCore

/// The order a station holds, with the pick walk and the pack check built from it.
public struct WorkState: Equatable, Sendable {
    public var order: Order
    public var pick: PickList
    /// The pack checklist (lines, inserts, materials, gift card, cartons) and its progress.
    public var pack: PackSession
    /// Order lines whose SKU has no bin, so the walk cannot include them.
    public var unroutedLines: Int
    /// What the shop did to the order since it was claimed.
    public var flags = OrderFlags()
    /// The pack item the confirm and override keys act on, chosen with ↑ ↓; nil follows the first open item.
    public var packCursor: Int?
    /// The scale reading accepted for the parcel, grams (in tolerance); nil until weighed.
    public var weighedGrams: Int?
    /// The carrier service the packer chose; nil for the automatic choice.
    public var chosenService: String?
    /// A supervisor override being given, step by step.
    public var overrideDraft: PackOverrideDraft?
    /// The box was handed over to be printed and closed; set so it happens once.
    public var finishing = false
    /// For an order sorted from a cart at this pack station: which tote of which cart, as shown.
    public var sortedFrom: String?
    /// The short-pick dialog, while open on the pick screen.
    public var shortPick: ShortPickDialog?

    public init(order: Order, pick: PickList, pack: PackSession, unroutedLines: Int) {
        self.order = order
        self.pick = pick
        self.pack = pack
        self.unroutedLines = unroutedLines
    }

    /// The item the cursor is on: the chosen one while it is still open, else the first open item.
    public var cursorItem: Int? {
        if let c = packCursor, pack.plan.items.indices.contains(c), !pack.isDone(c) { return c }
        return pack.open.first
    }

    /// Units of order lines verified and to verify: the progress the title shows.
    public var lineUnits: (have: Int, of: Int) {
        var have = 0, of = 0
        for (i, item) in pack.plan.items.enumerated() {
            guard case .line = item.kind else { continue }
            have += pack.isDone(i) ? item.quantity : pack.counts[i]
            of += item.quantity
        }
        return (have, of)
    }
}

/// A supervisor accepting a pack item as done although it is not: first their badge, then a reason.
public struct PackOverrideDraft: Equatable, Sendable {
    public var item: Int
    /// The supervisor's badge once scanned and found to have the right.
    public var by: String?
    /// A badge scanned and being looked up (rights are checked against its role).
    public var pending: String?

    public init(item: Int, by: String? = nil) {
        self.item = item
        self.by = by
    }
}
