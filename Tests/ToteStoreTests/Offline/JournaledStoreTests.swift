import Testing
import ToteCore
import ToteStore

/// A station keeps working through a network drop: scans go to its journal, are replayed in
/// order and exactly once, and what the server refuses meanwhile is reported, never dropped.
@Suite struct JournaledStoreTests {
    let folder: TemporaryFolder
    let shared: FloorStore
    let network: FlakyStore
    let station: JournaledStore

    init() throws {
        folder = try TemporaryFolder()
        shared = try Fixtures.store(in: folder, orders: [Fixtures.order("#1", units: [2, 1]), Fixtures.order("#2")])
        network = FlakyStore(shared)
        station = try Self.open(folder, network)
    }

    static func open(_ folder: TemporaryFolder, _ network: FlakyStore) throws -> JournaledStore {
        try JournaledStore(inner: network, station: "S1", journalPath: folder.path("journal-S1.sqlite"),
                           ping: { [network] in try network.ping() }, probeInBackground: false)
    }

    private func pick(_ line: Int, _ raw: String, at: Int64 = Fixtures.now) -> ScanRecord {
        Fixtures.scan(.pick(line: line), order: "#1", raw: raw, at: at)
    }

    @Test func scansTakenOfflineArriveOnceAndInOrder() throws {
        _ = try station.claim(number: "#1", station: "S1", now: Fixtures.now)
        network.down = true

        #expect(try station.record(pick(1, "a", at: Fixtures.now + 1)))
        #expect(try station.record(pick(1, "b", at: Fixtures.now + 2)))
        #expect(try station.record(pick(1, "c", at: Fixtures.now + 3)) == false)  // line 1 wants 2: refused as online
        #expect(try station.record(pick(2, "d", at: Fixtures.now + 4)))
        #expect(station.link == StoreLink(online: false, waiting: 4))
        #expect(try station.activeOrder(station: "S1")?.pickedByLine == [1: 2, 2: 1])
        #expect(try shared.order(number: "#1")?.pickedByLine == [1: 0, 2: 0])

        #expect(station.replayWaiting() == StoreLink(online: false, waiting: 4))  // still down: nothing sent
        network.down = false
        #expect(station.replayWaiting() == StoreLink(online: true, waiting: 0))
        #expect(station.replayWaiting() == StoreLink(online: true, waiting: 0))

        #expect(try shared.order(number: "#1")?.pickedByLine == [1: 2, 2: 1])
        let log = try shared.scans(order: "#1")
        #expect(log.map(\.raw) == ["a", "b", "c", "d"])
        #expect(log.map(\.outcome) == ["accepted", "accepted", FloorStore.refusedOutcome, "accepted"])
        // The first went out online (the station did not know yet) and keeps that key; the
        // rest were taken offline.
        #expect(log.map { $0.journalKey?.split(separator: ":").first } == ["live", "offline", "offline", "offline"])
        #expect(station.takeConflicts().isEmpty)
    }

    @Test func aLostAcknowledgementNeverCountsAScanTwice() throws {
        _ = try station.claim(number: "#1", station: "S1", now: Fixtures.now)
        network.down = true
        #expect(try station.record(pick(1, "a")))
        network.down = false
        network.dropAcknowledgements = true  // the server commits, the answer never arrives
        #expect(station.replayWaiting().online == false)
        #expect(try shared.order(number: "#1")?.pickedByLine[1] == 1)
        network.dropAcknowledgements = false
        #expect(station.replayWaiting() == StoreLink(online: true, waiting: 0))
        #expect(try shared.order(number: "#1")?.pickedByLine[1] == 1)
        #expect(try shared.scans(order: "#1").count == 1)
    }

    @Test func aScanWhoseCommitWasInFlightWhenTheLinkDroppedCountsOnce() throws {
        _ = try station.claim(number: "#1", station: "S1", now: Fixtures.now)
        network.dropAcknowledgements = true  // this scan commits, its answer is lost
        #expect(try station.record(pick(1, "a")))
        #expect(station.link == StoreLink(online: false, waiting: 1))
        network.dropAcknowledgements = false
        #expect(station.replayWaiting() == StoreLink(online: true, waiting: 0))
        #expect(try shared.order(number: "#1")?.pickedByLine[1] == 1)
        let log = try shared.scans(order: "#1")
        #expect(log.map(\.raw) == ["a"])
        #expect(log.first?.journalKey?.hasPrefix("live:S1:") == true)
    }

    @Test func anOrderGivenToAnotherStationMeanwhileIsAConflictNotALoss() throws {
        _ = try station.claim(number: "#1", station: "S1", now: Fixtures.now)
        network.down = true
        #expect(try station.record(pick(1, "a", at: Fixtures.now + 1)))
        #expect(try station.record(pick(2, "b", at: Fixtures.now + 2)))
        try shared.supervisorReassign(number: "#1", to: "S2", supervisor: "lead", now: Fixtures.now + 3)

        network.down = false
        #expect(station.replayWaiting() == StoreLink(online: true, waiting: 0))
        let conflicts = station.takeConflicts()
        #expect(conflicts.map(\.step) == ["a", "b"])
        #expect(conflicts.allSatisfy { $0.order == "#1" && $0.reason == "order #1 was given to station S2" })
        #expect(station.takeConflicts().isEmpty)  // reported once
        // The refused scans stay in the store's log for the supervisor; no count moved.
        #expect(try shared.scans(order: "#1").map(\.outcome) == [FloorStore.refusedOutcome, FloorStore.refusedOutcome])
        #expect(try shared.order(number: "#1")?.pickedByLine == [1: 0, 2: 0])
        #expect(try station.activeOrder(station: "S1") == nil)
        let facts = try shared.dashboardFacts(window: MetricsWindow(from: Fixtures.now, to: Fixtures.now + 60_000),
                                              now: Fixtures.now + 60_000, horizonSeconds: 0, staleAfterMillis: 3_600_000)
        let offline = facts.exceptions.filter { $0.kind == .offlineConflict }
        #expect(offline.map(\.order) == ["#1"])
        #expect(offline.map(\.station) == ["S1"])
    }

    @Test func offlineTheStationClaimsNothingNew() throws {
        network.down = true
        #expect(throws: StoreOffline.self) { try station.claimNext(station: "S1", actor: "S1", now: Fixtures.now) }
        #expect(throws: StoreOffline.self) { try station.count(QueueQuery()) }
        #expect(station.link == StoreLink(online: false, waiting: 0))
        network.down = false
        #expect(station.replayWaiting().online)
        #expect(try station.claimNext(station: "S1", actor: "S1", now: Fixtures.now)?.order.number == "#1")
    }

    @Test func cartsAndShortPicksWaitForTheServer() throws {
        network.down = true
        #expect(throws: StoreOffline.self) {
            try station.claimCart("CART01", orders: ["#1", "#2"], station: "S1", actor: "S1", now: Fixtures.now)
        }
        #expect(throws: StoreOffline.self) { try station.openRecounts() }
        // Online they reach the shared store.
        let online = try JournaledStore(inner: shared, station: "S2", journalPath: folder.path("journal-S2.sqlite"),
                                        ping: {}, probeInBackground: false)
        let cart = try online.claimCart("CART02", orders: ["#1", "#2"], station: "S2", actor: "S2", now: Fixtures.now)
        #expect(cart.map(\.order.number) == ["#1", "#2"])
        #expect(try online.activeCart(station: "S2")?.cart == "CART02")
    }

    @Test func aStationRestartedOfflineResumesAndStillSendsEverything() throws {
        _ = try station.claim(number: "#1", station: "S1", now: Fixtures.now)
        network.down = true
        #expect(try station.record(pick(1, "a")))

        let restarted = try Self.open(folder, network)
        #expect(restarted.link == StoreLink(online: false, waiting: 1))
        #expect(try restarted.activeOrder(station: "S1")?.pickedByLine == [1: 1, 2: 0])
        #expect(try restarted.record(pick(1, "b")))
        #expect(try restarted.record(pick(1, "c")) == false)

        network.down = false
        #expect(restarted.replayWaiting() == StoreLink(online: true, waiting: 0))
        #expect(try shared.scans(order: "#1").map(\.raw) == ["a", "b", "c"])
        #expect(try shared.order(number: "#1")?.pickedByLine == [1: 2, 2: 0])
    }

    @Test func aStationKilledOnlineAndStartedOfflineResumesWithTheServersCounts() throws {
        _ = try station.claim(number: "#1", station: "S1", now: Fixtures.now)
        #expect(try station.record(pick(1, "a")))  // online, committed on the server
        network.down = true
        let restarted = try Self.open(folder, network)
        let resumed = try #require(try restarted.activeOrder(station: "S1"))
        #expect(resumed.pickedByLine == [1: 1, 2: 0])
        #expect(try restarted.record(pick(1, "b")))
        #expect(try restarted.record(pick(1, "c")) == false)  // line 1 wants 2: as the server would say
        network.down = false
        #expect(restarted.replayWaiting() == StoreLink(online: true, waiting: 0))
        #expect(try shared.order(number: "#1")?.pickedByLine == [1: 2, 2: 0])
    }

    @Test func aBoxPackedAndClosedOfflineIsClosedOnceBack() throws {
        _ = try station.claim(number: "#2", station: "S1", now: Fixtures.now)
        for line in [1, 1, 2] { #expect(try station.record(Fixtures.scan(.pick(line: line), order: "#2"))) }
        network.down = true
        try station.move(number: "#2", from: .picking, to: .picked, station: "S1", actor: "ana", now: Fixtures.now + 10)
        #expect(throws: StoreError.self) {
            try station.move(number: "#2", from: .picked, to: .labelled, station: "S1", actor: "ana", now: Fixtures.now + 10)
        }
        try station.move(number: "#2", from: .picked, to: .packing, station: "S1", actor: "ana", now: Fixtures.now + 10)
        for line in [1, 1, 2] {
            #expect(try station.record(Fixtures.scan(.pack(line: line), order: "#2", phase: .pack, at: Fixtures.now + 11)))
        }
        try station.completePack(number: "#2", station: "S1", actor: "ana", labelPath: "/spool/2.zpl", now: Fixtures.now + 12)
        #expect(station.link == StoreLink(online: false, waiting: 6))
        #expect(try shared.order(number: "#2")?.order.status == .picking)

        network.down = false
        #expect(station.replayWaiting() == StoreLink(online: true, waiting: 0))
        let now = try #require(try shared.order(number: "#2"))
        #expect(now.order.status == .packed)
        #expect(now.packedByLine == [1: 2, 2: 1])
        #expect(station.takeConflicts().isEmpty)
    }
}
