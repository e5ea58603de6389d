/// A 3D bin-packing heuristic: extreme-point first-fit-decreasing with all six orientations.
///
/// Units go in largest volume first. Each is tried at every extreme point (lowest z, then y,
/// then x) in each of its distinct orientations (flattest first); the first position inside the
/// carton that overlaps nothing already placed is taken, and the three points at the new box's
/// far corners along x, y and z become candidates for the next units. Deterministic: same input,
/// same placements. A heuristic — it may call a tight set "does not fit" that a human could
/// squeeze in, never the other way round (every placement it returns is valid).
public enum BoxFitter {
    /// Above this many measured units the fitter does not search (cost grows with units³); the
    /// carton then only has to hold their total volume, each unit's size and weight.
    public static let maximumUnits = 400

    /// Placements for all of `units` in `inner`, or nil when the heuristic finds no way.
    /// Unmeasured units need no space and get no placement.
    public static func packAll(_ units: [PackUnit], in inner: Dimensions) -> [BoxPlacement]? {
        let result = pack(units, in: inner, weightLimit: nil)
        return result.placed.count == units.count ? result.placements : nil
    }

    /// Places as many of `units` as it can (largest first), keeping their total weight within
    /// `weightLimit` grams when given. Returns the indices placed, ascending.
    public static func pack(_ units: [PackUnit], in inner: Dimensions,
                            weightLimit: Int?) -> (placed: [Int], placements: [BoxPlacement]) {
        let order = units.indices.sorted { a, b in
            let ua = units[a], ub = units[b]
            if ua.volume != ub.volume { return ua.volume > ub.volume }
            let ma = maxSide(ua), mb = maxSide(ub)
            if ma != mb { return ma > mb }
            if ua.sku != ub.sku { return ua.sku < ub.sku }
            return a < b
        }
        let measured = units.filter { $0.dimensions != nil }.count
        if measured > maximumUnits { return volumeOnly(units, order: order, in: inner, weightLimit: weightLimit) }

        var placements: [BoxPlacement] = []
        var placed: [Int] = []
        var points: [(x: Int, y: Int, z: Int)] = [(0, 0, 0)]
        var weight = 0
        for u in order {
            let unit = units[u]
            if let limit = weightLimit, weight + unit.weightGrams > limit { continue }
            guard let d = unit.dimensions else {
                placed.append(u)
                weight += unit.weightGrams
                continue
            }
            var chosen: (point: Int, box: BoxPlacement)?
            search: for (pi, p) in points.enumerated() {
                for (l, w, h) in orientations(d) {
                    guard p.x + l <= inner.length, p.y + w <= inner.width, p.z + h <= inner.height else { continue }
                    let box = BoxPlacement(unit: u, x: p.x, y: p.y, z: p.z, length: l, width: w, height: h)
                    if placements.contains(where: { $0.overlaps(box) }) { continue }
                    chosen = (pi, box)
                    break search
                }
            }
            guard let (pi, box) = chosen else { continue }
            placements.append(box)
            placed.append(u)
            weight += unit.weightGrams
            points.remove(at: pi)
            for q in [(box.x + box.length, box.y, box.z), (box.x, box.y + box.width, box.z), (box.x, box.y, box.z + box.height)]
            where q.0 < inner.length && q.1 < inner.width && q.2 < inner.height
                && !points.contains(where: { $0 == q }) {
                points.append(q)
            }
            // Lowest first keeps the load stable (heavy, big units at the bottom, back, left).
            points.sort { ($0.z, $0.y, $0.x) < ($1.z, $1.y, $1.x) }
        }
        return (placed.sorted(), placements)
    }

    /// The distinct orientations of `d` as (along x, along y, along z), flattest first.
    static func orientations(_ d: Dimensions) -> [(Int, Int, Int)] {
        let a = d.length, b = d.width, c = d.height
        var out: [(Int, Int, Int)] = []
        for o in [(a, b, c), (b, a, c), (a, c, b), (c, a, b), (b, c, a), (c, b, a)]
        where !out.contains(where: { $0 == o }) {
            out.append(o)
        }
        return out.sorted { ($0.2, $1.0) < ($1.2, $0.0) }
    }

    /// True when one unit of size `d` fits `inner` in some orientation.
    public static func fitsAlone(_ d: Dimensions, in inner: Dimensions) -> Bool {
        let u = [d.length, d.width, d.height].sorted(), c = [inner.length, inner.width, inner.height].sorted()
        return u[0] <= c[0] && u[1] <= c[1] && u[2] <= c[2]
    }

    private static func maxSide(_ u: PackUnit) -> Int {
        guard let d = u.dimensions else { return 0 }
        return max(d.length, d.width, d.height)
    }

    private static func volumeOnly(_ units: [PackUnit], order: [Int], in inner: Dimensions,
                                   weightLimit: Int?) -> (placed: [Int], placements: [BoxPlacement]) {
        var free = inner.length * inner.width * inner.height
        var weight = 0
        var placed: [Int] = []
        for u in order {
            let unit = units[u]
            if let limit = weightLimit, weight + unit.weightGrams > limit { continue }
            if let d = unit.dimensions, !fitsAlone(d, in: inner) || unit.volume > free { continue }
            free -= unit.volume
            weight += unit.weightGrams
            placed.append(u)
        }
        return (placed.sorted(), [])
    }
}
