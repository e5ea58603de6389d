/// A named run of aisles (e.g. "fast movers" = aisles 1…4). Zones never overlap.
public struct WarehouseZone: Equatable, Hashable, Sendable {
    public var name: String
    /// First and last aisle of the zone, inclusive, 1-based.
    public var aisles: ClosedRange<Int>

    public init(name: String, aisles: ClosedRange<Int>) {
        self.name = name
        self.aisles = aisles
    }
}
