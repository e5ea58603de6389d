import Testing
@testable import ToteCore

@Suite("Routing: exact aisle sweep")
struct AisleSweepDPTests {
    /// 3 aisles 3 m apart, one block of 10 one-metre bays, 2 m cross aisles: aisle length 12 m.
    /// Picks at aisle 1 bay 10 (y 10.5) and aisle 3 bay 2 (y 2.5). Returning in each aisle
    /// costs 21 + 12 + 5 = 38 m; the loop up aisle 1, across the back, down aisle 3 costs
    /// 12 + 6 + 12 + 6 = 36 m.
    @Test func handWorkedSingleBlock() {
        let layout = WarehouseLayout(name: "H", aisleCount: 3, baysPerSide: 10, levels: 1, bayWidth: 1,
                                     aisleSpacing: 3, crossAisleWidth: 2)
        let bins = [BinLocation(aisle: 1, side: .a, bay: 10, level: 1), BinLocation(aisle: 3, side: .b, bay: 2, level: 1)]
        let plan = PickRoutePlanner(layout: layout).plan(bins)
        #expect(abs(plan.length - 36) < 1e-9)
        #expect(plan.isOptimal)
    }

    /// Only aisle 1, bays 2 and 7: in and out of aisle 1 = 2 × 7.5 m.
    @Test func handWorkedOneAisle() {
        let layout = WarehouseLayout(name: "H", aisleCount: 3, baysPerSide: 10, levels: 1, bayWidth: 1,
                                     aisleSpacing: 3, crossAisleWidth: 2)
        let bins = [BinLocation(aisle: 1, side: .a, bay: 7, level: 1), BinLocation(aisle: 1, side: .b, bay: 2, level: 1)]
        let plan = PickRoutePlanner(layout: layout).plan(bins)
        #expect(abs(plan.length - 15) < 1e-9)
        #expect(plan.order == [1, 0])
    }

    /// Two blocks of 5 bays (cross aisles at y 0, 7, 14), aisles 3 m apart. One pick at aisle 2
    /// bay 8 (block 2, y = 7 + 1 + 2.5 = 10.5): 3 m across and 10.5 m up, twice = 27 m.
    @Test func handWorkedTwoBlocks() {
        let layout = WarehouseLayout(name: "H", aisleCount: 2, baysPerSide: 10, levels: 1, bayWidth: 1,
                                     aisleSpacing: 3, crossAisleWidth: 2, baysPerBlock: [5, 5])
        #expect(layout.crossAisleY == [0, 7, 14])
        let plan = PickRoutePlanner(layout: layout).plan([BinLocation(aisle: 2, side: .a, bay: 8, level: 1)])
        #expect(abs(plan.length - 27) < 1e-9)
    }

    @Test(arguments: [[30], [15, 15], [15, 15, 15], [8, 8, 8, 8]])
    func smallListsMatchBruteForce(blocks: [Int]) {
        let layout = RoutingFixtures.layout(aisles: 8, blocks: blocks)
        let planner = PickRoutePlanner(layout: layout)
        var rng = SeededRandom(seed: UInt64(blocks.count * 977))
        for trial in 0..<40 {
            let bins = RoutingFixtures.randomBins(1 + trial % 10, in: layout, using: &rng)
            let plan = planner.plan(bins)
            let points = bins.map(layout.walkPoint(of:))
            let depot = layout.walkPoint(of: layout.depots[0])
            let optimum = RoutingFixtures.heldKarp(points, start: depot, end: depot, geometry: planner.geometry)
            #expect(plan.order.sorted() == Array(bins.indices))
            #expect(abs(plan.length - optimum) < 1e-6, "trial \(trial): \(plan.length) vs \(optimum)")
            let walked = planner.geometry.length(of: [depot] + plan.order.map { points[$0] } + [depot])
            #expect(abs(walked - plan.length) < 1e-9)
        }
    }

    @Test func openWalkToAnotherDepotMatchesBruteForce() {
        let depots = [Depot(name: "IN", crossAisle: 0, offset: 0), Depot(name: "OUT", crossAisle: 2, offset: 17.5),
                      Depot(name: "MID", crossAisle: 1, offset: -2.5)]
        let layout = RoutingFixtures.layout(aisles: 6, blocks: [10, 10], depots: depots)
        #expect(layout.validate().isEmpty)
        let planner = PickRoutePlanner(layout: layout)
        var rng = SeededRandom(seed: 5)
        for trial in 0..<40 {
            let bins = RoutingFixtures.randomBins(trial % 9, in: layout, using: &rng)
            let (s, e) = (trial % 3, (trial / 3) % 3)
            let plan = planner.plan(bins, options: RouteOptions(startDepot: s, endDepot: e))
            let points = bins.map(layout.walkPoint(of:))
            let optimum = RoutingFixtures.heldKarp(points, start: layout.walkPoint(of: depots[s]),
                                                   end: layout.walkPoint(of: depots[e]), geometry: planner.geometry)
            #expect(plan.order.sorted() == Array(bins.indices))
            #expect(abs(plan.length - optimum) < 1e-6, "trial \(trial) \(s)->\(e): \(plan.length) vs \(optimum)")
        }
    }

    @Test func largeListsAreValidAndBeatLocalSearch() {
        for blocks in [[30], [15, 15], [15, 15, 15]] {
            let layout = RoutingFixtures.layout(aisles: 12, blocks: blocks)
            let planner = PickRoutePlanner(layout: layout)
            var rng = SeededRandom(seed: 99)
            for count in [20, 60, 100] {
                let bins = RoutingFixtures.randomBins(count, in: layout, using: &rng)
                let plan = planner.plan(bins)
                #expect(plan.order.sorted() == Array(bins.indices))
                let fallback = planner.plan(bins, options: RouteOptions(isExpired: { true }))
                #expect(!fallback.isOptimal)
                #expect(fallback.order.sorted() == Array(bins.indices))
                #expect(plan.length <= fallback.length + 1e-9)
                #expect(planner.plan(bins) == plan, "deterministic")
            }
        }
    }
}
