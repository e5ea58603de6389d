/// Turns the sweep DP's chosen multigraph into a pick order: build the multigraph over
/// intersection nodes and pick groups, walk it with Hierholzer's algorithm from the start
/// depot, and list the picks in order of first visit.
///
/// Skipping already-visited points only shortcuts the walk, and the walk is optimal, so the
/// order's exact length equals the DP optimum.
struct SweepTourBuilder {
    let problem: SweepProblem
    let choices: AisleSweepDP.Choices

    private var nodes: Int { problem.nodeCount }
    private func node(_ column: Int, _ cross: Int) -> Int { column * nodes + cross }
    private func group(_ g: Int) -> Int { problem.columns.count * nodes + g }

    func pickOrder() -> [Int] {
        var edges = EdgeList(vertexCount: problem.columns.count * nodes + problem.groupY.count)
        for c in problem.columns.indices {
            for (s, pattern) in choices.patterns[c].enumerated() {
                addStretch(pattern, column: c, segment: s, to: &edges)
            }
            for (n, copies) in choices.horizontal[c].enumerated() where copies > 0 {
                for _ in 0..<copies { edges.add(node(c, n), node(c + 1, n)) }
            }
        }
        let walk = edges.eulerWalk(from: node(problem.start.column, problem.start.node))
        var seen = [Bool](repeating: false, count: problem.groupY.count)
        var order: [Int] = []
        let firstGroup = problem.columns.count * nodes
        for v in walk where v >= firstGroup && !seen[v - firstGroup] {
            seen[v - firstGroup] = true
            order += problem.groupPicks[v - firstGroup]
        }
        return order
    }

    private func addStretch(_ pattern: SweepProblem.Pattern, column c: Int, segment s: Int, to edges: inout EdgeList) {
        let groups = problem.columns[c].segments[s].map(group)
        let front = node(c, s), back = node(c, s + 1)
        func chain(_ path: [Int], copies: Int) {
            guard path.count > 1 else { return }
            for i in 1..<path.count { for _ in 0..<copies { edges.add(path[i - 1], path[i]) } }
        }
        switch pattern {
        case .none: break
        case .once: chain([front] + groups + [back], copies: 1)
        case .twice: chain([front] + groups + [back], copies: 2)
        case .fromFront: chain([front] + groups, copies: 2)
        case .fromBack: chain(groups + [back], copies: 2)
        case .gap:
            let split = problem.largestInnerGap(column: c, segment: s)?.split ?? groups.count
            chain([front] + groups[..<split], copies: 2)
            chain(Array(groups[split...]) + [back], copies: 2)
        }
    }
}

/// An undirected multigraph as adjacency lists, for one Euler walk.
struct EdgeList {
    private var adjacency: [[(to: Int, edge: Int)]]
    private var edgeCount = 0

    init(vertexCount: Int) { adjacency = Array(repeating: [], count: vertexCount) }

    mutating func add(_ a: Int, _ b: Int) {
        adjacency[a].append((b, edgeCount))
        adjacency[b].append((a, edgeCount))
        edgeCount += 1
    }

    /// Hierholzer's algorithm: the vertices of a walk using every edge once, from `start`
    /// (which must be one of the odd vertices if there are two).
    func eulerWalk(from start: Int) -> [Int] {
        var used = [Bool](repeating: false, count: edgeCount)
        var cursor = [Int](repeating: 0, count: adjacency.count)
        var stack = [start]
        var walk: [Int] = []
        while let v = stack.last {
            var advanced = false
            while cursor[v] < adjacency[v].count {
                let (to, edge) = adjacency[v][cursor[v]]
                cursor[v] += 1
                if !used[edge] {
                    used[edge] = true
                    stack.append(to)
                    advanced = true
                    break
                }
            }
            if !advanced { walk.append(stack.removeLast()) }
        }
        return walk.reversed()
    }
}
