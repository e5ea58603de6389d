/// Batch (cluster) picking: choose up to `totes` orders for one cart and plan one walk for all.
///
/// Choice: orders are taken by urgency (lowest first, ties by id). When only part of an
/// urgency level fits on the cart, the orders of that level are added one at a time, each
/// time the one that lengthens the exact walk least (ties by id) — i.e. the orders that share
/// the most of the walk. At most `lookahead` orders of that level are considered, to bound
/// the work. Pure and deterministic.
public struct BatchPlanner: Sendable {
    public let planner: PickRoutePlanner
    /// Totes on the cart (≥ 1).
    public var totes: Int
    /// Candidates of the deciding urgency level examined for walk sharing.
    public var lookahead: Int

    public init(layout: WarehouseLayout, totes: Int, lookahead: Int = 24) {
        planner = PickRoutePlanner(layout: layout)
        self.totes = max(1, totes)
        self.lookahead = max(1, lookahead)
    }

    /// Chooses the orders and plans their walk. Lines whose bin is not in the layout are left out.
    public func plan(_ orders: [BatchOrder], options: RouteOptions = RouteOptions()) -> BatchPlan {
        let chosen = choose(orders, options: options)
        return walk(chosen, options: options)
    }

    func choose(_ orders: [BatchOrder], options: RouteOptions) -> [BatchOrder] {
        let sorted = orders.sorted { ($0.urgency, $0.id) < ($1.urgency, $1.id) }
        var chosen: [BatchOrder] = []
        var index = 0
        while chosen.count < totes && index < sorted.count {
            let level = sorted[index].urgency
            let end = sorted[index...].firstIndex { $0.urgency != level } ?? sorted.count
            let group = Array(sorted[index..<end])
            index = end
            if group.count <= totes - chosen.count { chosen += group; continue }
            var pool = Array(group.prefix(lookahead))
            while chosen.count < totes && !pool.isEmpty {
                var best = 0, bestLength = Double.infinity
                for (k, candidate) in pool.enumerated() {
                    let length = walkLength(chosen + [candidate], options: options)
                    if length < bestLength - 1e-9 { best = k; bestLength = length }
                }
                chosen.append(pool.remove(at: best))
            }
        }
        return chosen
    }

    private func bins(_ orders: [BatchOrder]) -> [BinLocation] {
        var seen = Set<BinLocation>(), out: [BinLocation] = []
        for order in orders { for line in order.lines where planner.layout.contains(line.bin) && seen.insert(line.bin).inserted {
            out.append(line.bin)
        } }
        return out
    }

    private func walkLength(_ orders: [BatchOrder], options: RouteOptions) -> Double {
        planner.plan(bins(orders), options: options).length
    }

    private func walk(_ orders: [BatchOrder], options: RouteOptions) -> BatchPlan {
        let stopsBins = bins(orders)
        let plan = planner.plan(stopsBins, options: options)
        let stops = plan.order.map { i -> BatchStop in
            let bin = stopsBins[i]
            var shares: [BatchStop.Share] = []
            for (tote, order) in orders.enumerated() {
                let quantity = order.lines.filter { $0.bin == bin }.reduce(0) { $0 + $1.quantity }
                if quantity > 0 { shares.append(.init(tote: tote, orderID: order.id, quantity: quantity)) }
            }
            return BatchStop(bin: bin, shares: shares)
        }
        return BatchPlan(orders: orders.map(\.id), stops: stops, length: plan.length)
    }
}
