/// Metric geometry of a layout. x runs along the cross aisles (0 at aisle 1's centre line),
/// y from the front cross aisle's centre line (0) towards the back; all values in metres.
extension WarehouseLayout {
    /// Number of blocks (runs of bays between two cross aisles).
    public var blockCount: Int { baysPerBlock.count }

    /// Centre line of aisle `aisle` (1-based), metres from aisle 1.
    public func aisleX(_ aisle: Int) -> Double { Double(aisle - 1) * aisleSpacing }

    /// Centre lines of the cross aisles, front (index 0) to back (index `blockCount`), metres.
    /// Strictly increasing.
    public var crossAisleY: [Double] {
        var ys: [Double] = [0]
        ys.reserveCapacity(baysPerBlock.count + 1)
        for bays in baysPerBlock { ys.append(ys[ys.count - 1] + crossAisleWidth + Double(bays) * bayWidth) }
        return ys
    }

    /// Block (0-based, front first) holding `bay`, or nil when no block does.
    public func block(ofBay bay: Int) -> Int? {
        guard bay >= 1 else { return nil }
        var first = 1
        for (index, bays) in baysPerBlock.enumerated() {
            if bay < first + bays { return index }
            first += bays
        }
        return nil
    }

    /// y of the middle of `bin`'s bay, metres from the front cross aisle's centre line.
    /// Bays inside a block start half a cross-aisle width past the cross aisle centre line.
    public func depth(of bin: BinLocation) -> Double {
        let ys = crossAisleY
        var first = 1
        for (index, bays) in baysPerBlock.enumerated() {
            if bin.bay < first + bays || index == baysPerBlock.count - 1 {
                return ys[index] + crossAisleWidth / 2 + (Double(bin.bay - first) + 0.5) * bayWidth
            }
            first += bays
        }
        return crossAisleWidth / 2 + (Double(bin.bay) - 0.5) * bayWidth
    }

    /// The zone holding `aisle`, if any.
    public func zone(ofAisle aisle: Int) -> WarehouseZone? { zones.first { $0.aisles.contains(aisle) } }

    /// Extra cost in metres-equivalent of reaching `bin`'s level (0 unless `levelCost` is set).
    /// A constant per pick: it never changes which walk is shortest.
    public func reachCost(of bin: BinLocation) -> Double { Double(bin.level - 1) * levelCost }
}
