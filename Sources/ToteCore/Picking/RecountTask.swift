/// A request to count a bin again after a short pick found it holding less than the
/// system thought. One open task per bin: a second short pick on the same bin adds to it.
public struct RecountTask: Equatable, Sendable {
    public var bin: BinLocation
    /// When the first short pick opened it, milliseconds since 1970.
    public var openedAt: Int64
    /// The orders whose short picks asked for it, oldest first.
    public var orders: [String]
    /// The SKU last found short there.
    public var sku: String
    public var reason: ShortReason
    /// True when a picker said the bin is empty.
    public var reportedEmpty: Bool
    /// How many short picks asked for it.
    public var shortPicks: Int

    public init(bin: BinLocation, openedAt: Int64, orders: [String], sku: String, reason: ShortReason,
                reportedEmpty: Bool, shortPicks: Int) {
        self.bin = bin
        self.openedAt = openedAt
        self.orders = orders
        self.sku = sku
        self.reason = reason
        self.reportedEmpty = reportedEmpty
        self.shortPicks = shortPicks
    }
}
