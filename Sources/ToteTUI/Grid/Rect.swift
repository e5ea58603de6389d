/// A rectangle of cells: columns `x..<x+width`, rows `y..<y+height`.
public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The row `dy` of this rectangle as a one-row rectangle (empty if outside).
    public func row(_ dy: Int) -> Rect {
        guard dy >= 0, dy < height else { return Rect(x: x, y: y + dy, width: 0, height: 0) }
        return Rect(x: x, y: y + dy, width: width, height: 1)
    }
}
