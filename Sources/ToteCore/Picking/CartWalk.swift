/// Cluster picking: several orders on one cart, one tote each, picked in a single walk.
///
/// The walk is a `PickList` whose steps are "puts": one order line at one bin, in the order of
/// the batch route (`BatchPlanner`), so the picker confirms a bin once and every order with
/// units there is served before walking on. `owners[i]` says which order and tote step `i`
/// belongs to. Invariant: `owners.count == pick.steps.count`, and steps are never reordered
/// (a cart has no SKIP), so the two stay aligned.
public struct CartWalk: Equatable, Sendable {
    /// Who a put belongs to.
    public struct Owner: Equatable, Sendable {
        public var order: String
        /// Tote position on the cart, 1-based as printed on the cart.
        public var tote: Int
    }

    /// The cart's label, e.g. `CART01`.
    public let cart: String
    /// Order numbers by tote: tote 1 first.
    public let orders: [String]
    public var pick: PickList
    public let owners: [Owner]

    /// - Parameters:
    ///   - orders: the cart's orders, tote 1 first; their lines whose SKU has no bin are left out.
    ///   - pickedByOrder: units already picked, per order number and line (a resumed cart).
    public init(cart: String, orders: [Order], catalog: Catalog, layout: WarehouseLayout,
                pickedByOrder: [String: [Int: Int]] = [:]) {
        self.cart = cart
        self.orders = orders.map(\.number)
        let batch = orders.map { Self.batchOrder($0, catalog: catalog, urgency: 0) }
        let plan = BatchPlanner(layout: layout, totes: max(1, orders.count)).plan(batch)
        var steps: [PickStep] = [], owners: [Owner] = [], picked: [Int] = []
        for stop in plan.stops {
            for (tote, order) in orders.enumerated() {
                for line in order.shippableLines where catalog.sku(code: line.sku)?.bin == stop.bin && line.quantity > 0 {
                    steps.append(PickStep(lineNumber: line.lineNumber, sku: line.sku, name: line.name, bin: stop.bin,
                                          quantity: line.quantity))
                    owners.append(Owner(order: order.number, tote: tote + 1))
                    picked.append(min(pickedByOrder[order.number]?[line.lineNumber] ?? 0, line.quantity))
                }
            }
        }
        pick = PickList(steps: steps, picked: picked)
        self.owners = owners
    }

    /// The orders for a cart of `totes` from `candidates`: the most urgent first (ship-by, then
    /// priority), then those that share the most of the walk (`BatchPlanner`). Tote order follows
    /// the returned order.
    public static func choose(from candidates: [Order], totes: Int, catalog: Catalog, layout: WarehouseLayout) -> [Order] {
        let batch = candidates.map { batchOrder($0, catalog: catalog, urgency: Int(clamping: $0.shipBy / 60) * 10 - $0.priority) }
        let chosen = BatchPlanner(layout: layout, totes: totes).plan(batch).orders
        return chosen.compactMap { id in candidates.first { $0.number == id } }
    }

    /// Units still to pick per tote at the current stop's bin, tote order.
    public var sharesHere: [(step: Int, owner: Owner)] {
        guard let current = pick.currentStep else { return [] }
        let bin = pick.steps[current].bin
        return pick.steps.indices.filter { pick.steps[$0].bin == bin }.map { ($0, owners[$0]) }
    }

    /// Units picked per order line, per order: what the store keeps.
    public var pickedByOrder: [String: [Int: Int]] {
        var out: [String: [Int: Int]] = [:]
        for (i, step) in pick.steps.enumerated() { out[owners[i].order, default: [:]][step.lineNumber, default: 0] += pick.picked[i] }
        return out
    }

    private static func batchOrder(_ order: Order, catalog: Catalog, urgency: Int) -> BatchOrder {
        BatchOrder(id: order.number, urgency: urgency, lines: order.shippableLines.compactMap { line in
            catalog.sku(code: line.sku).map { BatchOrder.Line(bin: $0.bin, quantity: line.quantity) }
        })
    }
}
