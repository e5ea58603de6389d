/// Where one unit sits in a carton: its corner nearest the origin and its size as turned, millimetres.
public struct BoxPlacement: Equatable, Hashable, Sendable {
    /// Index into the units that were packed.
    public var unit: Int
    public var x: Int, y: Int, z: Int
    /// Size along x, y, z after rotation.
    public var length: Int, width: Int, height: Int

    @inline(__always)
    func overlaps(_ o: BoxPlacement) -> Bool {
        x < o.x + o.length && o.x < x + length &&
            y < o.y + o.width && o.y < y + width &&
            z < o.z + o.height && o.z < z + height
    }
}
