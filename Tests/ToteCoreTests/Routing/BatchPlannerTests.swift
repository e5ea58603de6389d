import Testing
@testable import ToteCore

@Suite("Routing: batch picking")
struct BatchPlannerTests {
    private let layout = RoutingFixtures.layout(aisles: 8, blocks: [15, 15])
    private func bin(_ aisle: Int, _ bay: Int) -> BinLocation { BinLocation(aisle: aisle, side: .a, bay: bay, level: 1) }

    @Test func urgencyFirstThenSharedWalk() {
        let orders = [
            BatchOrder(id: "late-far", urgency: 2, lines: [.init(bin: bin(8, 30), quantity: 1)]),
            BatchOrder(id: "urgent", urgency: 0, lines: [.init(bin: bin(1, 3), quantity: 2)]),
            BatchOrder(id: "late-near", urgency: 2, lines: [.init(bin: bin(1, 5), quantity: 1)]),
            BatchOrder(id: "soon", urgency: 1, lines: [.init(bin: bin(7, 29), quantity: 1)]),
        ]
        let plan = BatchPlanner(layout: layout, totes: 3).plan(orders)
        #expect(plan.orders == ["urgent", "soon", "late-near"])
    }

    @Test func everyLineLandsInItsToteOnce() {
        var rng = SeededRandom(seed: 11)
        let orders = (0..<10).map { n in
            BatchOrder(id: "o\(n)", urgency: n % 3, lines: RoutingFixtures.randomBins(1 + n % 4, in: layout, using: &rng)
                .map { .init(bin: $0, quantity: 1 + n % 2) })
        }
        let plan = BatchPlanner(layout: layout, totes: 4).plan(orders)
        #expect(plan.orders.count == 4)
        #expect(Set(plan.stops.map(\.bin)).count == plan.stops.count)
        for (tote, id) in plan.orders.enumerated() {
            let order = orders.first { $0.id == id }!
            let wanted = order.lines.reduce(0) { $0 + $1.quantity }
            let placed = plan.stops.flatMap(\.shares).filter { $0.tote == tote }.reduce(0) { $0 + $1.quantity }
            #expect(wanted == placed)
        }
        #expect(BatchPlanner(layout: layout, totes: 4).plan(orders) == plan)
    }
}
