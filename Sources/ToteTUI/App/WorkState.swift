import ToteCore

/// The order a station holds, with the pick walk and the pack check built from it.
public struct WorkState: Equatable, Sendable {
    public var order: Order
    public var pick: PickList
    public var pack: PackChecklist
    /// Order lines whose SKU has no bin, so the walk cannot include them.
    public var unroutedLines: Int
    /// Checklist line indices verified in this session, newest last: what UNDO takes back.
    public var packHistory: [Int] = []
    /// What the shop did to the order since it was claimed.
    public var flags = OrderFlags()
    /// The short-pick dialog, while open on the pick screen.
    public var shortPick: ShortPickDialog?

    public init(order: Order, pick: PickList, pack: PackChecklist, unroutedLines: Int) {
        self.order = order
        self.pick = pick
        self.pack = pack
        self.unroutedLines = unroutedLines
    }
}
