/// Chooses cartons for an order: the smallest box that holds everything, else a deterministic split.
public struct CartonPlanner: Equatable, Sendable {
    /// Smallest first (`Carton.smallerFirst`).
    public let cartons: [Carton]

    public init(cartons: [Carton]) { self.cartons = cartons.sorted(by: Carton.smallerFirst) }

    /// Suggests boxes for `units`.
    ///
    /// 1. Units that fit no candidate alone (size in any orientation, or weight plus tare) are
    ///    reported in `unfit` and left out.
    /// 2. If one candidate holds the rest (3D fit and weight), the smallest such is the plan.
    /// 3. Otherwise boxes are filled one at a time: each round tries every candidate, keeps the
    ///    one that places the most volume (then weight, then the smaller box), then shrinks it to
    ///    the smallest candidate that still holds that load; repeat until all units are placed.
    ///
    /// - Parameter branded: only branded cartons are candidates; when none can hold the order the
    ///   plan uses every carton and sets `brandedUnavailable`.
    public func plan(_ units: [PackUnit], branded: Bool = false) -> CartonPlan {
        var candidates = branded ? cartons.filter(\.branded) : cartons
        var plan = CartonPlan()
        plan.unmeasured = units.filter { $0.dimensions == nil }.map(\.sku).reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        if branded {
            let trial = Self.plan(units, candidates: candidates)
            if trial.loads.isEmpty || !trial.unfit.isEmpty {
                candidates = cartons
                plan.brandedUnavailable = true
            }
        }
        let inner = Self.plan(units, candidates: candidates)
        plan.loads = inner.loads
        plan.unfit = inner.unfit
        return plan
    }

    /// Checks a scanned carton against a load (the units the packer means to put in it).
    public func check(barcode: String, for units: [PackUnit], branded: Bool = false) -> CartonCheck {
        guard let carton = cartons.first(where: { $0.barcode == barcode.uppercased() }) else {
            return .unknownCarton(barcode)
        }
        return Self.check(carton, for: units, branded: branded)
    }

    public static func check(_ carton: Carton, for units: [PackUnit], branded: Bool = false) -> CartonCheck {
        if branded && !carton.branded { return .notBranded(carton: carton.name) }
        let gross = units.reduce(carton.tareGrams) { $0 + $1.weightGrams }
        if gross > carton.maxWeightGrams { return .tooHeavy(carton: carton.name, grams: gross, maxGrams: carton.maxWeightGrams) }
        if BoxFitter.packAll(units, in: carton.inner) != nil { return .fits }
        let placed = Set(BoxFitter.pack(units, in: carton.inner, weightLimit: nil).placed)
        let first = units.indices.first { !placed.contains($0) } ?? 0
        return .tooSmall(carton: carton.name, sku: units.isEmpty ? "" : units[first].sku)
    }

    private static func plan(_ units: [PackUnit], candidates: [Carton]) -> CartonPlan {
        var plan = CartonPlan()
        guard !candidates.isEmpty else {
            plan.unfit = units.map { .init(sku: $0.sku, lineNumber: $0.lineNumber, reason: "no cartons are configured") }
            return plan
        }
        var remaining: [PackUnit] = []
        for u in units {
            if let reason = unfitReason(u, candidates) {
                plan.unfit.append(.init(sku: u.sku, lineNumber: u.lineNumber, reason: reason))
            } else {
                remaining.append(u)
            }
        }
        while !remaining.isEmpty {
            if let load = smallestHolding(remaining, candidates) {
                plan.loads.append(load)
                break
            }
            var best: (carton: Carton, placed: [Int], volume: Int, weight: Int)?
            for c in candidates {
                let r = BoxFitter.pack(remaining, in: c.inner, weightLimit: c.maxWeightGrams - c.tareGrams)
                let volume = r.placed.reduce(0) { $0 + remaining[$1].volume }
                let weight = r.placed.reduce(0) { $0 + remaining[$1].weightGrams }
                if r.placed.isEmpty { continue }
                if let b = best, (volume, weight) <= (b.volume, b.weight) { continue }
                best = (c, r.placed, volume, weight)
            }
            // Every remaining unit fits some candidate alone, so some candidate places one.
            guard let best else { break }
            let chosen = best.placed.map { remaining[$0] }
            let keep = Set(best.placed)
            remaining = remaining.indices.filter { !keep.contains($0) }.map { remaining[$0] }
            plan.loads.append(smallestHolding(chosen, candidates)
                ?? CartonLoad(carton: best.carton, units: chosen,
                              placements: BoxFitter.pack(chosen, in: best.carton.inner, weightLimit: nil).placements))
        }
        return plan
    }

    private static func smallestHolding(_ units: [PackUnit], _ candidates: [Carton]) -> CartonLoad? {
        let weight = units.reduce(0) { $0 + $1.weightGrams }
        let volume = units.reduce(0) { $0 + $1.volume }
        for c in candidates where weight + c.tareGrams <= c.maxWeightGrams && volume <= c.volume {
            if let placements = BoxFitter.packAll(units, in: c.inner) {
                return CartonLoad(carton: c, units: units, placements: placements)
            }
        }
        return nil
    }

    private static func unfitReason(_ u: PackUnit, _ candidates: [Carton]) -> String? {
        if let d = u.dimensions, !candidates.contains(where: { BoxFitter.fitsAlone(d, in: $0.inner) }) {
            let largest = candidates.last!
            return "\(d.length)×\(d.width)×\(d.height) mm is larger than every carton (largest \(largest.name) "
                + "\(largest.inner.length)×\(largest.inner.width)×\(largest.inner.height) mm)"
        }
        let fitting = candidates.filter { c in u.dimensions.map { BoxFitter.fitsAlone($0, in: c.inner) } ?? true }
        if !fitting.contains(where: { u.weightGrams + $0.tareGrams <= $0.maxWeightGrams }) {
            return "\(u.weightGrams) g is heavier than any carton that holds it may carry"
        }
        return nil
    }
}
