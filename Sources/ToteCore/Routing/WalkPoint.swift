/// A place the picker walks to, in metres (x along the cross aisles from aisle 1's centre
/// line, y from the front cross aisle's centre line towards the back).
///
/// Either on an aisle centre line inside a block (`aisle` ≥ 0, strictly between the block's
/// two cross aisles) or on a cross aisle centre line (`aisle` = -1, a depot). Both sides and
/// every level of one bay share a point: the picker reaches them from the centre line.
public struct WalkPoint: Hashable, Sendable, CustomStringConvertible {
    public var x: Double
    public var y: Double
    /// 0-based aisle index, or -1 for a point on a cross aisle.
    public var aisle: Int
    /// Cross aisles the point can leave by: the block's front and back (`lowExit`,
    /// `lowExit + 1`), or only its own cross aisle (`lowExit == highExit`).
    public var lowExit: Int
    public var highExit: Int

    /// A point inside block `block` of aisle `aisle` (both 0-based) at depth `y`.
    public static func inAisle(_ aisle: Int, block: Int, x: Double, y: Double) -> WalkPoint {
        WalkPoint(x: x, y: y, aisle: aisle, lowExit: block, highExit: block + 1)
    }

    /// A point on cross aisle `crossAisle` (0 = front) at `x`, whose centre line is at `y`.
    public static func onCrossAisle(_ crossAisle: Int, x: Double, y: Double) -> WalkPoint {
        WalkPoint(x: x, y: y, aisle: -1, lowExit: crossAisle, highExit: crossAisle)
    }

    public var isInAisle: Bool { aisle >= 0 }
    /// Block of an aisle point (0-based); the cross aisle of a cross-aisle point.
    public var block: Int { lowExit }

    public var description: String {
        isInAisle ? "aisle \(aisle + 1) y=\(y)" : "cross aisle \(lowExit) x=\(x)"
    }
}
