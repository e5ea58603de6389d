/// The sweep DP's view of one routing problem: the columns (aisles, plus depots standing
/// between or beside aisles) from the leftmost to the rightmost one that matters, and the
/// picks grouped by position (picks sharing a bay's centre-line point form one group).
struct SweepProblem {
    struct Column {
        var x: Double
        /// Aisle index, or -1 for a depot column with no aisle.
        var aisle: Int
        /// Per block: the groups in that stretch of the aisle, sorted by y.
        var segments: [[Int]]
    }

    let geometry: AisleGeometry
    var columns: [Column] = []
    /// y of each group and the pick indices in it (input order).
    var groupY: [Double] = []
    var groupPicks: [[Int]] = []
    /// Column index and cross aisle of the walk's start and end.
    var start: (column: Int, node: Int) = (0, 0)
    var end: (column: Int, node: Int) = (0, 0)

    var nodeCount: Int { geometry.crossAisleY.count }

    /// Picks must be aisle points and `start`/`end` cross-aisle points of `geometry`.
    init(geometry: AisleGeometry, picks: [WalkPoint], start: WalkPoint, end: WalkPoint) {
        self.geometry = geometry
        let blocks = geometry.blockCount
        var xs: [(x: Double, aisle: Int)] = geometry.aisleX.enumerated().map { ($0.element, $0.offset) }
        for depot in [start, end] where !xs.contains(where: { abs($0.x - depot.x) < 1e-9 }) {
            xs.append((depot.x, -1))
        }
        xs.sort { $0.x < $1.x }
        func column(atX x: Double) -> Int { xs.firstIndex { abs($0.x - x) < 1e-9 }! }

        var perColumn = [[Int]](repeating: [], count: xs.count)  // pick indices
        var used = [Bool](repeating: false, count: xs.count)
        let columnOfAisle = Dictionary(uniqueKeysWithValues: xs.enumerated().compactMap {
            $0.element.aisle >= 0 ? ($0.element.aisle, $0.offset) : nil })
        for (i, p) in picks.enumerated() {
            let c = columnOfAisle[p.aisle]!
            perColumn[c].append(i)
            used[c] = true
        }
        let startColumn = column(atX: start.x), endColumn = column(atX: end.x)
        used[startColumn] = true
        used[endColumn] = true
        let first = used.firstIndex(of: true)!, last = used.lastIndex(of: true)!

        for c in first...last {
            var segments = [[Int]](repeating: [], count: blocks)
            let members = perColumn[c].sorted { (picks[$0].y, $0) < (picks[$1].y, $1) }
            var lastY = -Double.infinity
            for i in members {
                let p = picks[i]
                if abs(p.y - lastY) > 1e-9 {
                    groupY.append(p.y)
                    groupPicks.append([])
                    segments[p.block].append(groupY.count - 1)
                    lastY = p.y
                }
                groupPicks[groupPicks.count - 1].append(i)
            }
            columns.append(Column(x: xs[c].x, aisle: xs[c].aisle, segments: segments))
        }
        self.start = (startColumn - first, start.lowExit)
        self.end = (endColumn - first, end.lowExit)
    }

    /// One way to serve a stretch of aisle (block `segment` of a column).
    enum Pattern: UInt8 {
        case none = 0, once, twice
        /// In from both ends, 2× each, leaving the largest gap between picks unwalked.
        case gap
        /// 2× from the front end only / from the back end only.
        case fromFront, fromBack
    }

    struct Option {
        var pattern: Pattern
        var cost: Double
    }

    /// Cheapest candidates for one stretch (metres): nothing/once/twice without picks;
    /// once/twice/largest gap/front only/back only with picks.
    func options(column c: Int, segment s: Int) -> [Option] {
        let ys = geometry.crossAisleY
        let length = ys[s + 1] - ys[s]
        let groups = columns[c].segments[s]
        guard !groups.isEmpty else {
            return [Option(pattern: .none, cost: 0), Option(pattern: .once, cost: length),
                    Option(pattern: .twice, cost: 2 * length)]
        }
        let low = groupY[groups[0]], high = groupY[groups[groups.count - 1]]
        var result = [Option(pattern: .once, cost: length), Option(pattern: .twice, cost: 2 * length),
                      Option(pattern: .fromFront, cost: 2 * (high - ys[s])),
                      Option(pattern: .fromBack, cost: 2 * (ys[s + 1] - low))]
        if let (split, gap) = largestInnerGap(column: c, segment: s) {
            _ = split
            result.append(Option(pattern: .gap, cost: 2 * (length - gap)))
        }
        return result
    }

    /// The largest gap between two consecutive picks of a stretch, if it beats both end gaps:
    /// `split` = number of groups below it.
    func largestInnerGap(column c: Int, segment s: Int) -> (split: Int, gap: Double)? {
        let ys = geometry.crossAisleY
        let groups = columns[c].segments[s]
        guard groups.count >= 2 else { return nil }
        let endGap = max(groupY[groups[0]] - ys[s], ys[s + 1] - groupY[groups[groups.count - 1]])
        var best: (split: Int, gap: Double)? = nil
        for k in 1..<groups.count {
            let gap = groupY[groups[k]] - groupY[groups[k - 1]]
            if gap > endGap && gap > (best?.gap ?? -1) { best = (k, gap) }
        }
        return best
    }
}
