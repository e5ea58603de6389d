/// Blocks of parallel pick aisles separated by cross aisles (front, back and any middle ones),
/// with one or more depots (pack stations) on the cross aisles.
///
/// Distances are metres along the aisle and cross-aisle centre lines. Bays are numbered
/// 1…`baysPerSide` from the front over all blocks; `baysPerBlock` splits them into blocks
/// (front first) with a cross aisle of `crossAisleWidth` between neighbouring blocks.
/// Invariants (checked by `validate()`): at least one aisle, bay and level; positive widths;
/// `baysPerBlock` sums to `baysPerSide`; aisles do not overlap; every depot is on a cross
/// aisle within the building; zones name existing aisles and do not overlap.
public struct WarehouseLayout: Equatable, Sendable {
    public var name: String
    public var aisleCount: Int
    public var baysPerSide: Int
    public var levels: Int
    /// Width of one bay along the aisle, metres.
    public var bayWidth: Double
    /// Centre-to-centre distance between neighbouring aisles, metres.
    public var aisleSpacing: Double
    /// Width of every cross aisle (front, back and middle), metres.
    public var crossAisleWidth: Double
    /// Bays per aisle side in each block, front block first. One block by default.
    public var baysPerBlock: [Int]
    /// Clear width of a pick aisle, metres; nil when unknown (then not checked).
    public var aisleWidth: Double?
    /// Pack stations; the first is the default start and end of a walk.
    public var depots: [Depot]
    /// Named runs of aisles.
    public var zones: [WarehouseZone]
    /// Metres-equivalent added per level above 1 for each pick; 0 = levels cost nothing.
    public var levelCost: Double

    public init(name: String, aisleCount: Int, baysPerSide: Int, levels: Int,
                bayWidth: Double = 1.2, aisleSpacing: Double = 3.0, crossAisleWidth: Double = 2.0,
                baysPerBlock: [Int]? = nil, aisleWidth: Double? = nil, depots: [Depot] = [.front],
                zones: [WarehouseZone] = [], levelCost: Double = 0) {
        self.name = name
        self.aisleCount = aisleCount
        self.baysPerSide = baysPerSide
        self.levels = levels
        self.bayWidth = bayWidth
        self.aisleSpacing = aisleSpacing
        self.crossAisleWidth = crossAisleWidth
        self.baysPerBlock = baysPerBlock ?? [baysPerSide]
        self.aisleWidth = aisleWidth
        self.depots = depots
        self.zones = zones
        self.levelCost = levelCost
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
        bin.aisle >= 1 && bin.aisle <= aisleCount && bin.bay >= 1 && bin.bay <= baysPerSide
            && bin.level >= 1 && bin.level <= levels
    }

    /// Length of one aisle's pickable stretch over all blocks, metres.
    public var aisleLength: Double { Double(baysPerSide) * bayWidth }

    /// Reasons this layout cannot be used; empty when it is valid. Each message starts with
    /// the config key it is about.
    public func validate() -> [String] {
        var problems: [String] = []
        if aisleCount < 1 || aisleCount > 99 { problems.append("aisles must be 1…99 (got \(aisleCount))") }
        if baysPerSide < 1 || baysPerSide > 99 { problems.append("bays_per_side must be 1…99 (got \(baysPerSide))") }
        if levels < 1 || levels > 9 { problems.append("levels must be 1…9 (got \(levels))") }
        if !(bayWidth > 0) { problems.append("bay_width_m must be positive") }
        if !(aisleSpacing > 0) { problems.append("aisle_spacing_m must be positive") }
        if !(crossAisleWidth > 0) { problems.append("cross_aisle_width_m must be positive") }
        if !(levelCost >= 0) { problems.append("level_cost_m must be zero or positive") }
        guard problems.isEmpty else { return problems }
        problems += structuralProblems()
        return problems
    }

    /// Blocks, aisle overlap, depots and zones; only meaningful once the basics are valid.
    private func structuralProblems() -> [String] {
        var problems: [String] = []
        if baysPerBlock.isEmpty || baysPerBlock.count > 9 || baysPerBlock.contains(where: { $0 < 1 }) {
            problems.append("bays_per_block must list 1…9 blocks of at least one bay each")
        } else if baysPerBlock.reduce(0, +) != baysPerSide {
            let sum = baysPerBlock.reduce(0, +)
            problems.append("bays_per_block adds up to \(sum) but bays_per_side is \(baysPerSide); "
                + "bay \(min(sum, baysPerSide) + 1) would map to no slot")
        }
        if let width = aisleWidth, !(width > 0 && width < aisleSpacing) {
            problems.append("aisle_width_m must be positive and less than aisle_spacing_m (\(aisleSpacing)), "
                + "or neighbouring aisles overlap")
        }
        if depots.isEmpty { problems.append("depots must name at least one pack station") }
        let lastX = aisleX(aisleCount)
        for depot in depots {
            if depot.crossAisle < 0 || depot.crossAisle > baysPerBlock.count {
                problems.append("depots: \(depot.name) is on cross aisle \(depot.crossAisle), which does not exist "
                    + "(0 = front … \(baysPerBlock.count) = back); it is unreachable")
            } else if !(depot.offset >= -aisleSpacing / 2 && depot.offset <= lastX + aisleSpacing / 2) {
                problems.append("depots: \(depot.name) at \(depot.offset) m is outside the building; it is unreachable")
            }
        }
        if Set(depots.map(\.name)).count != depots.count { problems.append("depots: names must be unique") }
        for (index, zone) in zones.enumerated() {
            if zone.aisles.lowerBound < 1 || zone.aisles.upperBound > aisleCount {
                problems.append("zones: \(zone.name) covers aisles \(zone.aisles.lowerBound)…\(zone.aisles.upperBound) "
                    + "but the layout has aisles 1…\(aisleCount)")
            }
            for other in zones[..<index] where other.aisles.overlaps(zone.aisles) {
                problems.append("zones: \(zone.name) overlaps \(other.name)")
            }
        }
        return problems
    }
}
