/// The outer size of one unit as it goes in the box, millimetres.
public struct Dimensions: Hashable, Sendable, Codable {
    /// Millimetres.
    public var length: Int
    /// Millimetres.
    public var width: Int
    /// Millimetres.
    public var height: Int

    public init(length: Int, width: Int, height: Int) {
        self.length = length
        self.width = width
        self.height = height
    }
}
