/// Nearest-neighbour construction followed by 2-opt and Or-opt (moving runs of 1–3 stops,
/// either way round) on exact distances, first improvement, until no move helps or the
/// deadline passes. The fallback when the exact sweep cannot run (too many blocks, or the
/// time budget ran out). Deterministic.
struct LocalSearch {
    /// Symmetric distances, metres, row-major; index 0 = start, 1…n = picks, n+1 = end.
    let matrix: [Double]
    let size: Int

    init(geometry: AisleGeometry, picks: [WalkPoint], start: WalkPoint, end: WalkPoint) {
        let points = [start] + picks + [end]
        size = points.count
        var m = [Double](repeating: 0, count: size * size)
        for i in 0..<size { for j in (i + 1)..<size where j < size {
            let d = geometry.distance(points[i], points[j])
            m[i * size + j] = d; m[j * size + i] = d
        } }
        matrix = m
    }

    @inline(__always) func d(_ a: Int, _ b: Int) -> Double { matrix[a * size + b] }

    /// Pick indices (0-based into `picks`) in walking order.
    func solve(isExpired: () -> Bool) -> [Int] {
        var tour = nearestNeighbour()
        improve(&tour, isExpired: isExpired)
        return tour[1..<(tour.count - 1)].map { $0 - 1 }
    }

    private func nearestNeighbour() -> [Int] {
        let n = size - 2
        var left = Array(1...max(n, 1)).filter { $0 <= n }
        var tour = [0]
        while !left.isEmpty {
            let here = tour[tour.count - 1]
            var best = 0
            for k in 1..<left.count where d(here, left[k]) < d(here, left[best]) { best = k }
            tour.append(left.remove(at: best))
        }
        tour.append(size - 1)
        return tour
    }

    func improve(_ tour: inout [Int], isExpired: () -> Bool) {
        var improved = true
        while improved && !isExpired() {
            improved = twoOpt(&tour) || orOpt(&tour)
        }
    }

    private func twoOpt(_ t: inout [Int]) -> Bool {
        var any = false
        let last = t.count - 2
        guard last >= 2 else { return false }
        for i in 1..<last {
            for j in (i + 1)...last {
                let delta = d(t[i - 1], t[j]) + d(t[i], t[j + 1]) - d(t[i - 1], t[i]) - d(t[j], t[j + 1])
                if delta < -1e-9 { t[i...j].reverse(); any = true }
            }
        }
        return any
    }

    private func orOpt(_ t: inout [Int]) -> Bool {
        var any = false
        for length in 1...3 {
            var i = 1
            while i + length <= t.count - 1 {
                let a = t[i - 1], first = t[i], lastStop = t[i + length - 1], b = t[i + length]
                let removeGain = d(a, first) + d(lastStop, b) - d(a, b)
                var moved = false
                for j in 0..<(t.count - 1) where j < i - 1 || j > i + length - 1 {
                    let p = t[j], q = t[j + 1]
                    let forward = d(p, first) + d(lastStop, q) - d(p, q)
                    let backward = d(p, lastStop) + d(first, q) - d(p, q)
                    let insert = min(forward, backward)
                    if insert < removeGain - 1e-9 {
                        var run = Array(t[i..<(i + length)])
                        if backward < forward { run.reverse() }
                        t.removeSubrange(i..<(i + length))
                        let at = j < i ? j + 1 : j + 1 - length
                        t.insert(contentsOf: run, at: at)
                        moved = true; any = true
                        break
                    }
                }
                if !moved { i += 1 }
            }
        }
        return any
    }
}
