import Testing
import ToteCore
import ToteStore

@Suite struct FloorStoreTransitionsTests {
    let folder: TemporaryFolder
    let store: FloorStore

    init() throws {
        folder = try TemporaryFolder()
        store = try Fixtures.store(in: folder, orders: [Fixtures.order("#1", units: [2, 1]), Fixtures.order("#2")])
        _ = try store.claim(number: "#1", station: "S1", now: Fixtures.now)
    }

    private func pickAndPackEverything() throws {
        for line in [1, 1, 2] { #expect(try store.record(Fixtures.scan(.pick(line: line), order: "#1"))) }
        try store.move(number: "#1", from: .picking, to: .picked, station: "S1", now: Fixtures.now)
        try store.move(number: "#1", from: .picked, to: .packing, station: "S1", now: Fixtures.now)
        for line in [1, 1, 2] {
            #expect(try store.record(Fixtures.scan(.pack(line: line), order: "#1", phase: .pack)))
        }
    }

    @Test func legalMovesByTheHolder() throws {
        try store.move(number: "#1", from: .picking, to: .picked, station: "S1", now: Fixtures.now)
        #expect(try store.status(of: "#1") == .picked)
        try store.move(number: "#1", from: .picked, to: .packing, station: "S1", now: Fixtures.now)
        #expect(try store.status(of: "#1") == .packing)
        #expect(try store.activeOrder(station: "S1")?.order.status == .packing)
    }

    @Test func illegalMoveIsRefusedBeforeTouchingTheStore() throws {
        let error = #expect(throws: StoreError.self) {
            try store.move(number: "#1", from: .picking, to: .shipped, station: "S1", now: Fixtures.now)
        }
        guard case .illegal(let transition) = error else {
            Issue.record("expected .illegal, got \(String(describing: error))")
            return
        }
        #expect(transition.from == .picking)
        #expect(transition.to == .shipped)
        #expect(transition.order == "#1")
        #expect(try store.status(of: "#1") == .picking)
    }

    @Test func moveRefusesMissingUnheldAndStale() throws {
        #expect(throws: StoreError.notFound(order: "#9")) {
            try store.move(number: "#9", from: .picking, to: .picked, station: "S1", now: Fixtures.now)
        }
        #expect(throws: StoreError.notHeld(order: "#1", station: "S2")) {
            try store.move(number: "#1", from: .picking, to: .picked, station: "S2", now: Fixtures.now)
        }
        #expect(throws: StoreError.notHeld(order: "#2", station: "S1")) {  // open but unclaimed
            try store.move(number: "#2", from: .new, to: .picking, station: "S1", now: Fixtures.now)
        }
        #expect(throws: StoreError.notHeld(order: "#1", station: "S1")) {  // status is not `from`
            try store.move(number: "#1", from: .picked, to: .packing, station: "S1", now: Fixtures.now)
        }
        #expect(try store.status(of: "#1") == .picking)
        #expect(try store.status(of: "#2") == .new)
    }

    @Test func movingToAClosedStatusFreesTheClaim() throws {
        try store.move(number: "#1", from: .picking, to: .onHold, station: "S1", now: Fixtures.now)

        #expect(try store.order(number: "#1")?.claimedBy == nil)
        #expect(try store.activeOrder(station: "S1") == nil)
        #expect(try store.openOrderCount() == 1)
        try store.move(number: "#1", from: .onHold, to: .new, station: "S2", now: Fixtures.now)  // no holder needed
        #expect(try store.status(of: "#1") == .new)
    }

    @Test func completePackClosesTheOrder() throws {
        try pickAndPackEverything()

        try store.completePack(number: "#1", station: "S1", labelPath: "/spool/1.zpl", now: Fixtures.now + 60_000)

        let progress = try #require(try store.order(number: "#1"))
        #expect(progress.order.status == .packed)
        #expect(progress.claimedBy == nil)
        #expect(progress.packedByLine == [1: 2, 2: 1])
        #expect(try store.labelPath(of: "#1") == "/spool/1.zpl")
        #expect(try store.activeOrder(station: "S1") == nil)
        #expect(try store.queue(offset: 0, limit: 10).map(\.number) == ["#2"])
        try store.move(number: "#1", from: .packed, to: .labelled, station: "S1", now: Fixtures.now)
        #expect(try store.status(of: "#1") == .labelled)
    }

    @Test func completePackRefusesAnUnfinishedBox() throws {
        try pickAndPackEverything()
        #expect(try store.record(Fixtures.scan(.unpack(line: 1), order: "#1", phase: .pack)))

        #expect(throws: PackNotComplete(order: "#1", unverifiedUnits: 1)) {
            try store.completePack(number: "#1", station: "S1", labelPath: "/spool/1.zpl", now: Fixtures.now)
        }
        #expect(try store.status(of: "#1") == .packing)
        #expect(try store.labelPath(of: "#1") == nil)
        #expect(try store.order(number: "#1")?.claimedBy == "S1")
    }

    @Test func completePackRefusesWrongStationOrStatus() throws {
        #expect(throws: StoreError.notHeld(order: "#1", station: "S2")) {
            try store.completePack(number: "#1", station: "S2", labelPath: "x", now: Fixtures.now)
        }
        let error = #expect(throws: StoreError.self) {
            try store.completePack(number: "#1", station: "S1", labelPath: "x", now: Fixtures.now)
        }
        #expect(error?.description == "order #1 cannot go from picking to packed")
        #expect(throws: StoreError.notFound(order: "#9")) {
            try store.completePack(number: "#9", station: "S1", labelPath: "x", now: Fixtures.now)
        }
        #expect(try store.status(of: "#1") == .picking)
    }
}
