/// An order with the counts committed so far: what a station needs to show or resume it.
public struct OrderProgress: Equatable, Sendable, Codable {
    public var order: Order
    /// Units picked per order line number.
    public var pickedByLine: [Int: Int]
    /// Units verified in the box per order line number.
    public var packedByLine: [Int: Int]
    public var claimedBy: String?
    /// What happened to the order in the shop while it was here (changed, cancel requested).
    public var flags: OrderFlags
    /// Saved pack-checklist progress besides line counts, by `PackPlanItem.key`.
    public var packChecks: [String: PackCheckState] = [:]
    /// What the parcel weighed at the pack station, grams; nil until weighed.
    public var weighedGrams: Int?
    /// The carrier service the packer chose; nil for the automatic choice.
    public var chosenService: String?

    public init(order: Order, pickedByLine: [Int: Int] = [:], packedByLine: [Int: Int] = [:], claimedBy: String? = nil,
                flags: OrderFlags = OrderFlags()) {
        self.order = order
        self.pickedByLine = pickedByLine
        self.packedByLine = packedByLine
        self.claimedBy = claimedBy
        self.flags = flags
    }
}
