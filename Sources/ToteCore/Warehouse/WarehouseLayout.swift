/// A single block of parallel pick aisles between a front and a back cross aisle, with the
/// depot (pack stations) in front of aisle 1.
///
/// Distances are metres along the aisle centre lines. Invariants (checked by `validate()`):
/// at least one aisle, bay and level; positive widths.
public struct WarehouseLayout: Equatable, Sendable {
    public var name: String
    public var aisleCount: Int
    public var baysPerSide: Int
    public var levels: Int
    /// Width of one bay along the aisle, metres.
    public var bayWidth: Double
    /// Centre-to-centre distance between neighbouring aisles, metres.
    public var aisleSpacing: Double
    /// Width of the front and back cross aisles, metres.
    public var crossAisleWidth: Double

    public init(name: String, aisleCount: Int, baysPerSide: Int, levels: Int,
                bayWidth: Double = 1.2, aisleSpacing: Double = 3.0, crossAisleWidth: Double = 2.0) {
        self.name = name
        self.aisleCount = aisleCount
        self.baysPerSide = baysPerSide
        self.levels = levels
        self.bayWidth = bayWidth
        self.aisleSpacing = aisleSpacing
        self.crossAisleWidth = crossAisleWidth
    }

    /// Every bin of the layout in location sequence.
    public var allBins: [BinLocation] {
        var bins: [BinLocation] = []
        bins.reserveCapacity(binCount)
        for aisle in 1...max(aisleCount, 1) {
            for bay in 1...max(baysPerSide, 1) {
                for side in BinLocation.Side.allCases {
                    for level in 1...max(levels, 1) {
                        bins.append(BinLocation(aisle: aisle, side: side, bay: bay, level: level))
                    }
                }
            }
        }
        return bins
    }

    public var binCount: Int { aisleCount * baysPerSide * 2 * levels }

    public func contains(_ bin: BinLocation) -> Bool {
        (1...aisleCount).contains(bin.aisle) && (1...baysPerSide).contains(bin.bay)
            && (1...levels).contains(bin.level)
    }

    /// Length of one aisle's pickable stretch, metres.
    public var aisleLength: Double { Double(baysPerSide) * bayWidth }

    /// Distance from the front cross aisle centre line to the middle of the bay, metres.
    public func depth(of bin: BinLocation) -> Double {
        crossAisleWidth / 2 + (Double(bin.bay) - 0.5) * bayWidth
    }

    /// Reasons this layout cannot be used; empty when it is valid.
    public func validate() -> [String] {
        var problems: [String] = []
        if aisleCount < 1 || aisleCount > 99 { problems.append("aisles must be 1…99 (got \(aisleCount))") }
        if baysPerSide < 1 || baysPerSide > 99 { problems.append("bays_per_side must be 1…99 (got \(baysPerSide))") }
        if levels < 1 || levels > 9 { problems.append("levels must be 1…9 (got \(levels))") }
        if !(bayWidth > 0) { problems.append("bay_width_m must be positive") }
        if !(aisleSpacing > 0) { problems.append("aisle_spacing_m must be positive") }
        if !(crossAisleWidth > 0) { problems.append("cross_aisle_width_m must be positive") }
        return problems
    }
}
