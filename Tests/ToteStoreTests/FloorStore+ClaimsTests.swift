import Testing
import ToteCore
import ToteStore

@Suite struct FloorStoreClaimsTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    @Test func claimNextFollowsQueueOrderThenRunsDry() throws {
        let orders = [Fixtures.order("#low", priority: 0), Fixtures.order("#late", priority: 1, shipBy: 900),
                      Fixtures.order("#soon", priority: 1, shipBy: 100), Fixtures.order("#done", priority: 5, status: .packed),
                      Fixtures.order("#busy", priority: 5, status: .picking)]
        let store = try Fixtures.store(in: folder, orders: orders)

        var claimed: [String] = []
        while let progress = try store.claimNext(station: "S1", now: Fixtures.now) {
            #expect(progress.order.status == .picking)
            #expect(progress.claimedBy == "S1")
            claimed.append(progress.order.number)
        }

        #expect(claimed == ["#soon", "#late", "#low"])
        #expect(try store.claimNext(station: "S2", now: Fixtures.now) == nil)
    }

    @Test func claimNextReturnsLinesAndZeroCounts() throws {
        let order = Fixtures.order("#1", units: [2, 5])
        let store = try Fixtures.store(in: folder, orders: [order])

        let progress = try #require(try store.claimNext(station: "S1", now: Fixtures.now))

        var expectedOrder = order
        expectedOrder.status = .picking
        #expect(progress == OrderProgress(order: expectedOrder, pickedByLine: [1: 0, 2: 0],
                                          packedByLine: [1: 0, 2: 0], claimedBy: "S1"))
    }

    @Test func claimSpecificOrder() throws {
        let store = try Fixtures.store(in: folder, orders: [
            Fixtures.order("#new"), Fixtures.order("#picked", status: .picked), Fixtures.order("#packed", status: .packed),
        ])

        #expect(try store.claim(number: "#new", station: "S1", now: Fixtures.now)?.order.status == .picking)
        #expect(try store.claim(number: "#new", station: "S1", now: Fixtures.now)?.claimedBy == "S1")
        #expect(try store.claim(number: "#new", station: "S2", now: Fixtures.now) == nil)
        #expect(try store.claim(number: "#picked", station: "S2", now: Fixtures.now)?.order.status == .picked)
        #expect(try store.claim(number: "#packed", station: "S2", now: Fixtures.now) == nil)
        #expect(throws: StoreError.notFound(order: "#nope")) {
            _ = try store.claim(number: "#nope", station: "S1", now: Fixtures.now)
        }
        #expect(try store.order(number: "#new")?.claimedBy == "S1")
        #expect(try store.order(number: "#packed")?.claimedBy == nil)
    }

    @Test func releaseWithNothingPickedReturnsOrderToNew() throws {
        let store = try Fixtures.store(in: folder, orders: [Fixtures.order("#1")])
        _ = try store.claimNext(station: "S1", now: Fixtures.now)

        try store.release(number: "#1", station: "S1", now: Fixtures.now + 1)

        #expect(try store.status(of: "#1") == .new)
        #expect(try store.order(number: "#1")?.claimedBy == nil)
        #expect(try store.claimNext(station: "S2", now: Fixtures.now)?.order.number == "#1")
    }

    @Test func releaseAfterPickingKeepsStatusAndCounts() throws {
        let store = try Fixtures.store(in: folder, orders: [Fixtures.order("#1", units: [2, 1])])
        _ = try store.claimNext(station: "S1", now: Fixtures.now)
        #expect(try store.record(Fixtures.scan(.pick(line: 1), order: "#1")))

        try store.release(number: "#1", station: "S1", now: Fixtures.now)

        let progress = try #require(try store.order(number: "#1"))
        #expect(progress.order.status == .picking)
        #expect(progress.claimedBy == nil)
        #expect(progress.pickedByLine == [1: 1, 2: 0])
        #expect(try store.claimNext(station: "S2", now: Fixtures.now) == nil)  // not `new`
        #expect(try store.claim(number: "#1", station: "S2", now: Fixtures.now)?.pickedByLine == [1: 1, 2: 0])
    }

    @Test func releaseByAnotherStationIsRefused() throws {
        let store = try Fixtures.store(in: folder, orders: [Fixtures.order("#1")])
        _ = try store.claimNext(station: "S1", now: Fixtures.now)

        #expect(throws: StoreError.notHeld(order: "#1", station: "S2")) {
            try store.release(number: "#1", station: "S2", now: Fixtures.now)
        }
        #expect(throws: StoreError.notFound(order: "#9")) {
            try store.release(number: "#9", station: "S1", now: Fixtures.now)
        }
        #expect(try store.order(number: "#1")?.claimedBy == "S1")
    }

    @Test func activeOrderResumesAfterReopeningTheFile() throws {
        let path = folder.path("tote.sqlite")
        do {
            let store = try StoreUnderTest.open(path)
            try store.replaceAll(catalog: [Fixtures.sku(1)], orders: [Fixtures.order("#1", units: [3]), Fixtures.order("#2")])
            _ = try store.claimNext(station: "S1", now: Fixtures.now)
            #expect(try store.record(Fixtures.scan(.pick(line: 1), order: "#1")))
            #expect(try store.record(Fixtures.scan(.pick(line: 1), order: "#1")))
        }

        let reopened = try StoreUnderTest.open(path)
        let active = try #require(try reopened.activeOrder(station: "S1"))

        #expect(active.order.number == "#1")
        #expect(active.pickedByLine == [1: 2])
        #expect(try reopened.activeOrder(station: "S2") == nil)
    }

    @Test func activeOrderIsTheMostRecentlyClaimedOpenOne() throws {
        let store = try Fixtures.store(in: folder, orders: [Fixtures.order("#1"), Fixtures.order("#2")])
        _ = try store.claim(number: "#2", station: "S1", now: Fixtures.now)
        _ = try store.claim(number: "#1", station: "S1", now: Fixtures.now + 5)

        #expect(try store.activeOrder(station: "S1")?.order.number == "#1")
        try store.release(number: "#1", station: "S1", now: Fixtures.now + 6)
        #expect(try store.activeOrder(station: "S1")?.order.number == "#2")
    }
}
