/// Exact shortest pick walk on a parallel-aisle warehouse with any number of blocks, by
/// dynamic programming over the aisles left to right.
///
/// This is Ratliff & Rosenthal's (1983) DP, generalised to B+1 cross aisles in the manner of
/// Roodbergen & de Koster (2001) and Pansart, Catusse & Cambazard (2018). A walk is a connected
/// multigraph on the aisle graph in which every node has even degree (the two ends of an open
/// walk odd), touching every pick and the depot(s). The state at an aisle records, for each of
/// its B+1 intersection nodes, whether it is used, its degree parity and its component
/// (`SweepState`). For one block this is exactly Ratliff–Rosenthal's seven-state DP; the work
/// is linear in the number of aisles and grows only with the number of blocks.
/// The optimum multigraph is turned into a pick order by an Euler walk (`SweepTourBuilder`).
///
/// Pure and deterministic: ties resolve by a fixed enumeration order.
public struct AisleSweepDP: Sendable {
    /// Largest number of blocks handled (7 intersection nodes per aisle).
    public static let maxBlocks = SweepState.maxNodes - 1

    public let geometry: AisleGeometry

    public init(geometry: AisleGeometry) { self.geometry = geometry }

    /// An optimal walk from `start` through every pick to `end`.
    /// - Parameters:
    ///   - picks: aisle points of `geometry` (any number, duplicates allowed).
    ///   - start, end: cross-aisle points (depots); equal for a closed tour.
    ///   - isExpired: polled once per aisle; when it returns true the DP gives up.
    /// - Returns: pick indices in walking order and the walk's length in metres; nil when the
    ///   layout has more than `maxBlocks` blocks or the deadline passed.
    public func solve(picks: [WalkPoint], start: WalkPoint, end: WalkPoint,
                      isExpired: () -> Bool = { false }) -> (order: [Int], length: Double)? {
        guard geometry.blockCount <= Self.maxBlocks else { return nil }
        if picks.isEmpty { return ([], geometry.distance(start, end)) }
        let problem = SweepProblem(geometry: geometry, picks: picks, start: start, end: end)
        guard let (choices, length) = run(problem, isExpired: isExpired) else { return nil }
        let order = SweepTourBuilder(problem: problem, choices: choices).pickOrder()
        return (order, length)
    }

    /// The pattern chosen for each stretch and the cross-aisle multiplicities between columns.
    struct Choices {
        /// [column][segment]
        var patterns: [[SweepProblem.Pattern]]
        /// [column][node]: times the cross-aisle edge to the next column is walked.
        var horizontal: [[Int]]
    }

    private struct Stage {
        var column: Int
        /// Segment index for a vertical stage, -1 for the horizontal stage after the column.
        var segment: Int
        var prev: [Int32] = []
        var option: [UInt32] = []
    }

    private struct LayerBuilder {
        var index: [UInt64: Int32] = [:]
        var keys: [UInt64] = []
        var costs: [Double] = []
        var prev: [Int32] = []
        var option: [UInt32] = []

        init(capacity: Int) {
            index.reserveCapacity(capacity)
            keys.reserveCapacity(capacity); costs.reserveCapacity(capacity)
            prev.reserveCapacity(capacity); option.reserveCapacity(capacity)
        }

        mutating func offer(_ key: UInt64, _ cost: Double, from: Int, option opt: UInt32) {
            if let i = index[key] {
                if cost < costs[Int(i)] - 1e-9 {
                    costs[Int(i)] = cost; prev[Int(i)] = Int32(from); option[Int(i)] = opt
                }
            } else {
                index[key] = Int32(keys.count)
                keys.append(key); costs.append(cost); prev.append(Int32(from)); option.append(opt)
            }
        }
    }

    private func run(_ problem: SweepProblem, isExpired: () -> Bool) -> (Choices, Double)? {
        let nodes = problem.nodeCount
        let columns = problem.columns
        var specialMask = [UInt32](repeating: 0, count: columns.count)
        var oddMask = [UInt32](repeating: 0, count: columns.count)
        specialMask[problem.start.column] |= 1 << UInt32(problem.start.node)
        specialMask[problem.end.column] |= 1 << UInt32(problem.end.node)
        if problem.start != problem.end {
            oddMask[problem.start.column] ^= 1 << UInt32(problem.start.node)
            oddMask[problem.end.column] ^= 1 << UInt32(problem.end.node)
        }
        let lastSpecial = max(problem.start.column, problem.end.column)

        var keys: [UInt64] = [0]
        var costs: [Double] = [0]
        var stages: [Stage] = []
        for c in columns.indices {
            if isExpired() { return nil }
            if columns[c].aisle >= 0 {
                for s in 0..<(nodes - 1) {
                    let options = problem.options(column: c, segment: s)
                    let hasPicks = !columns[c].segments[s].isEmpty
                    var layer = LayerBuilder(capacity: keys.count * 2)
                    for (i, key) in keys.enumerated() {
                        if key == SweepState.closed {
                            if !hasPicks { layer.offer(key, costs[i], from: i, option: 0) }
                            continue
                        }
                        for option in options {
                            let next = apply(option.pattern, segment: s, to: key, nodes: nodes)
                            layer.offer(next, costs[i] + option.cost, from: i, option: UInt32(option.pattern.rawValue))
                        }
                    }
                    stages.append(Stage(column: c, segment: s, prev: layer.prev, option: layer.option))
                    keys = layer.keys; costs = layer.costs
                }
            }
            let isLast = c == columns.count - 1
            let dx = isLast ? 0 : columns[c + 1].x - columns[c].x
            var layer = LayerBuilder(capacity: keys.count * 2)
            for (i, key) in keys.enumerated() {
                horizontalMoves(from: key, nodes: nodes, special: specialMask[c], odd: oddMask[c],
                                isLast: isLast, canClose: c >= lastSpecial) { next, hs, copies in
                    layer.offer(next, costs[i] + Double(copies) * dx, from: i, option: hs)
                }
            }
            stages.append(Stage(column: c, segment: -1, prev: layer.prev, option: layer.option))
            keys = layer.keys; costs = layer.costs
        }
        guard let final = keys.firstIndex(of: SweepState.closed) else { return nil }
        return (backtrack(stages, from: final, problem: problem), costs[final])
    }

    private func apply(_ pattern: SweepProblem.Pattern, segment s: Int, to key: UInt64, nodes: Int) -> UInt64 {
        var k = key
        switch pattern {
        case .none: return key
        case .once, .twice:
            k = SweepState.touch(k, s, nodes: nodes)
            k = SweepState.touch(k, s + 1, nodes: nodes)
            if pattern == .once { k = SweepState.toggle(SweepState.toggle(k, s), s + 1) }
            k = SweepState.union(k, s, s + 1, nodes: nodes)
        case .gap:
            k = SweepState.touch(SweepState.touch(k, s, nodes: nodes), s + 1, nodes: nodes)
        case .fromFront: k = SweepState.touch(k, s, nodes: nodes)
        case .fromBack: k = SweepState.touch(k, s + 1, nodes: nodes)
        }
        return SweepState.canonical(k, nodes: nodes)
    }

    /// Every legal choice of cross-aisle multiplicities (0, 1, 2 per node) from a column to
    /// the next: each node's final parity must match its target, specials must be on the tour,
    /// and a component may only end if it is the whole, finished walk.
    private func horizontalMoves(from key: UInt64, nodes: Int, special: UInt32, odd: UInt32,
                                 isLast: Bool, canClose: Bool,
                                 _ emit: (UInt64, UInt32, Int) -> Void) {
        if key == SweepState.closed {
            if special == 0 { emit(key, 0, 0) }
            return
        }
        // Per node: the first choice of multiplicity (2 bits each) and whether 2 is a second one.
        var first: UInt32 = 0, hasSecond: UInt32 = 0
        for n in 0..<nodes {
            let v = SweepState.nibble(key, n)
            let bit: UInt32 = 1 << UInt32(n)
            let isSpecial = special & bit != 0
            let needOdd = (v & 1 != 0) != (odd & bit != 0)
            if isLast {
                if needOdd || (isSpecial && v == 0) { return }
            } else if needOdd {
                first |= 1 << UInt32(2 * n)
            } else if v == 0 {
                if isSpecial { first |= 2 << UInt32(2 * n) }
            } else {
                hasSecond |= bit
            }
        }
        let used = SweepState.labels(key, nodes: nodes)
        // Enumerate every subset of the nodes with a second choice (they take 2 instead of 0).
        var subset: UInt32 = 0
        while true {
            let packed = first | Self.spread(subset)
            var carried: UInt32 = 0, copies = 0
            var next: UInt64 = 0
            var taken = used
            for n in 0..<nodes {
                let h = Int((packed >> UInt32(2 * n)) & 3)
                guard h > 0 else { continue }
                let v = SweepState.nibble(key, n)
                var label = v >> 1
                if v != 0 {
                    carried |= 1 << UInt32(label)
                } else {
                    label = SweepState.freshLabel(taken); taken |= 1 << UInt32(label)
                }
                copies += h
                next = SweepState.setNibble(next, n, (label << 1) | UInt64(h & 1))
            }
            if carried != used {
                if copies == 0 && used.nonzeroBitCount == 1 && canClose { emit(SweepState.closed, 0, 0) }
            } else if !isLast {
                emit(SweepState.canonical(next, nodes: nodes), packed, copies)
            }
            if subset == hasSecond { return }
            subset = (subset &- hasSecond) & hasSecond  // next subset of hasSecond
        }
    }

    /// Node bit mask → multiplicity 2 in each selected node's 2-bit field.
    @inline(__always) private static func spread(_ mask: UInt32) -> UInt32 {
        var out: UInt32 = 0
        var m = mask
        while m != 0 {
            let n = UInt32(m.trailingZeroBitCount)
            out |= 2 << (2 * n)
            m &= m - 1
        }
        return out
    }

    private func backtrack(_ stages: [Stage], from final: Int, problem: SweepProblem) -> Choices {
        let nodes = problem.nodeCount
        var choices = Choices(
            patterns: problem.columns.map { [SweepProblem.Pattern](repeating: .none, count: $0.aisle >= 0 ? nodes - 1 : 0) },
            horizontal: problem.columns.map { _ in [Int](repeating: 0, count: nodes) })
        var index = final
        for stage in stages.reversed() {
            let option = stage.option[index]
            if stage.segment >= 0 {
                choices.patterns[stage.column][stage.segment] = SweepProblem.Pattern(rawValue: UInt8(option))!
            } else {
                for n in 0..<nodes { choices.horizontal[stage.column][n] = Int((option >> UInt32(2 * n)) & 3) }
            }
            index = Int(stage.prev[index])
        }
        return choices
    }
}
