/// The walkable graph of a parallel-aisle warehouse: aisle centre lines (vertical, running
/// straight through the cross aisles) and cross-aisle centre lines (horizontal, across the
/// whole building). All values in metres.
///
/// Invariants: `aisleX` and `crossAisleY` strictly increase; at least one aisle and two
/// cross aisles (one block).
public struct AisleGeometry: Equatable, Sendable {
    /// Centre line x of each aisle, left to right.
    public let aisleX: [Double]
    /// Centre line y of each cross aisle, front (0) to back (`blockCount`).
    public let crossAisleY: [Double]

    public init(aisleX: [Double], crossAisleY: [Double]) {
        precondition(!aisleX.isEmpty && crossAisleY.count >= 2, "need one aisle and one block")
        self.aisleX = aisleX
        self.crossAisleY = crossAisleY
    }

    /// The geometry of a (valid) layout.
    public init(layout: WarehouseLayout) {
        self.init(aisleX: (1...max(1, layout.aisleCount)).map(layout.aisleX), crossAisleY: layout.crossAisleY)
    }

    public var blockCount: Int { crossAisleY.count - 1 }

    /// Block (0-based) whose open stretch of aisle holds depth `y`; nil on or outside the cross aisles.
    public func block(atDepth y: Double) -> Int? {
        for b in 0..<blockCount where y > crossAisleY[b] && y < crossAisleY[b + 1] { return b }
        return nil
    }

    /// Exact shortest walking distance between two points on the aisle graph, metres.
    ///
    /// Same aisle: straight along it. Otherwise leave `p` by one of its exit cross aisles,
    /// change cross aisle in any aisle as needed, and enter `q` from one of its exits; the
    /// horizontal part is always |Δx|. Symmetric; zero only for coincident points.
    public func distance(_ p: WalkPoint, _ q: WalkPoint) -> Double {
        if p.isInAisle && p.aisle == q.aisle { return abs(p.y - q.y) }
        var best = Double.infinity
        for e1 in p.lowExit...p.highExit {
            let y1 = crossAisleY[e1]
            let up = abs(p.y - y1)
            for e2 in q.lowExit...q.highExit {
                let y2 = crossAisleY[e2]
                let walk = up + abs(y1 - y2) + abs(y2 - q.y)
                if walk < best { best = walk }
            }
        }
        return best + abs(p.x - q.x)
    }

    /// Length of walking `stops` in order, metres (0 for fewer than two stops).
    public func length(of stops: [WalkPoint]) -> Double {
        guard stops.count > 1 else { return 0 }
        var total = 0.0
        for i in 1..<stops.count { total += distance(stops[i - 1], stops[i]) }
        return total
    }
}

extension WarehouseLayout {
    /// Where the picker stands to pick from `bin` (its aisle's centre line at the bay's middle).
    /// `bin` must be in the layout.
    public func walkPoint(of bin: BinLocation) -> WalkPoint {
        .inAisle(bin.aisle - 1, block: block(ofBay: bin.bay) ?? 0, x: aisleX(bin.aisle), y: depth(of: bin))
    }

    /// Where `depot` stands.
    public func walkPoint(of depot: Depot) -> WalkPoint {
        let ys = crossAisleY
        let cross = min(max(depot.crossAisle, 0), ys.count - 1)
        return .onCrossAisle(cross, x: depot.offset, y: ys[cross])
    }
}
