/// A pack station where pick walks start and end.
///
/// It stands on a cross aisle (`crossAisle` 0 = front, `blockCount` = back) at `offset`
/// metres to the right of aisle 1's centre line (negative = left of aisle 1). The default
/// depot stands on the front cross aisle in front of aisle 1.
public struct Depot: Equatable, Hashable, Sendable {
    public var name: String
    /// Index of the cross aisle, 0 (front) … `blockCount` (back).
    public var crossAisle: Int
    /// Metres from aisle 1's centre line along the cross aisle.
    public var offset: Double

    public init(name: String, crossAisle: Int = 0, offset: Double = 0) {
        self.name = name
        self.crossAisle = crossAisle
        self.offset = offset
    }

    /// The default pack station: front cross aisle, in front of aisle 1.
    public static let front = Depot(name: "PACK")
}
