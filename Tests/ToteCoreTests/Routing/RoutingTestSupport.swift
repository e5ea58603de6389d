@testable import ToteCore


enum RoutingFixtures {
    /// The benchmark's layouts: 1 m bays, 5 m aisle pitch, 3 m cross aisles.
    static func layout(aisles: Int, blocks: [Int], depots: [Depot] = [.front]) -> WarehouseLayout {
        WarehouseLayout(name: "T", aisleCount: aisles, baysPerSide: blocks.reduce(0, +), levels: 4, bayWidth: 1,
                        aisleSpacing: 5, crossAisleWidth: 3, baysPerBlock: blocks, depots: depots)
    }

    static func randomBins(_ count: Int, in layout: WarehouseLayout, using rng: inout SeededRandom) -> [BinLocation] {
        (0..<count).map { _ in
            BinLocation(aisle: Int.random(in: 1...layout.aisleCount, using: &rng),
                        side: Bool.random(using: &rng) ? .a : .b,
                        bay: Int.random(in: 1...layout.baysPerSide, using: &rng),
                        level: Int.random(in: 1...layout.levels, using: &rng))
        }
    }

    /// Held-Karp: the exact shortest walk start → all points → end (≤ 12 points).
    static func heldKarp(_ points: [WalkPoint], start: WalkPoint, end: WalkPoint, geometry g: AisleGeometry) -> Double {
        let n = points.count
        guard n > 0 else { return g.distance(start, end) }
        let full = 1 << n
        var best = [Double](repeating: .infinity, count: full * n)
        for i in 0..<n { best[(1 << i) * n + i] = g.distance(start, points[i]) }
        for mask in 1..<full {
            for last in 0..<n where mask & (1 << last) != 0 {
                let here = best[mask * n + last]
                guard here < .infinity else { continue }
                for next in 0..<n where mask & (1 << next) == 0 {
                    let m2 = mask | (1 << next)
                    let cost = here + g.distance(points[last], points[next])
                    if cost < best[m2 * n + next] { best[m2 * n + next] = cost }
                }
            }
        }
        return (0..<n).map { best[(full - 1) * n + $0] + g.distance(points[$0], end) }.min()!
    }
}
