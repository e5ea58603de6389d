import Testing
import ToteCore
@testable import ToteTUI

/// The effect runner with a journaling store: every store effect reports the link, refusals
/// while offline read as such, and the loop's journal pass reports each refused replay once.
@Suite("Effect runner offline")
struct EffectRunnerOfflineTests {
    struct NoSpool: LabelSpool {
        func spool(zpl: String, name: String) throws -> String { "/dev/null" }
    }

    private func runner(_ store: OrderStore) -> EffectRunner {
        EffectRunner(store: store, spool: NoSpool(), clock: FixedClock(millis: Fixtures.now), station: "PACK-01",
                     makeLabel: { _ in "^XA^XZ" })
    }

    private func scan(_ raw: String, order: String = "#1003", at: Int64 = Fixtures.now) -> ScanRecord {
        ScanRecord(at: at, station: "PACK-01", packer: "Ana", raw: raw, kind: "product", outcome: "accepted",
                   orderNumber: order, phase: .pick, effect: .pick(line: 1))
    }

    @Test func theJournalDefaultsToAStoreThatKeepsOne() {
        #expect(runner(JournalingFakeStore()).journal != nil)
    }

    @Test func aScanWhileOfflineIsAcceptedAndReportsTheLink() {
        let store = JournalingFakeStore()
        let run = runner(store)
        let online = run.run(.record(scan("A02-A-03-1"), ack: .none))
        #expect(online == [.scanRecorded(.none, accepted: true), .linkChanged(StoreLink())])
        store.reachable = false
        let ack = ScanAck.pick(.binConfirmed(BinLocation(code: "A02-A-03-1")!))
        #expect(run.run(.record(scan("A02-A-03-1"), ack: ack))
                == [.scanRecorded(ack, accepted: true), .linkChanged(StoreLink(online: false, waiting: 1))])
        #expect(run.run(.record(scan("4006381333931"), ack: .none)).last == .linkChanged(StoreLink(online: false, waiting: 2)))
        #expect(store.journal.count == 2 && store.applied.count == 1)
        #expect(run.run(.beep) == [] && run.run(.quit) == [], "terminal effects never touch the store")
    }

    @Test func stepsThatNeedTheServerAreRefusedInThePackersWords() {
        let store = JournalingFakeStore()
        store.reachable = false
        let run = runner(store)
        let offline = StoreLink(online: false, waiting: 0)
        let claim = run.run(.claimNext)
        #expect(claim == [.failed(.storeOfflineClaim, reason: StoreOffline(action: "claim a new order",
                                                                         reason: "connection refused").description),
                          .linkChanged(offline)])
        #expect(run.run(.claim(order: "#1007")).first.map(Self.key) == .storeOfflineClaim)
        #expect(run.run(.release(order: "#1003")).first.map(Self.key) == .storeOfflineRelease)
        #expect(run.run(.loadQueue(offset: 0, limit: 17)).first.map(Self.key) == .storeOfflineQueue)
        // Any other store error keeps the generic text.
        let plain = runner(ThrowingStore())
        #expect(plain.run(.claimNext).first.map(Self.key) == .storeError)
    }

    @Test func syncJournalReplaysAndReportsConflictsOnce() {
        let store = JournalingFakeStore()
        let run = runner(store)
        store.reachable = false
        _ = run.run(.record(scan("4006381333931", order: "#1003"), ack: .none))
        _ = run.run(.record(scan("5901234123457", order: "#1007", at: Fixtures.now + 1), ack: .none))
        _ = run.run(.record(scan("5901234123457", order: "#1007", at: Fixtures.now + 2), ack: .none))
        #expect(run.syncJournal() == [.linkChanged(StoreLink(online: false, waiting: 3))], "still unreachable")

        store.reachable = true
        store.lostOrders = ["#1007"]
        let events = run.syncJournal()
        let reason = "order #1007 is not held by station PACK-01"
        #expect(events == [.linkChanged(StoreLink()),
                           .offlineConflicts([OfflineConflict(order: "#1007", step: "5901234123457", reason: reason,
                                                              at: Fixtures.now + 1),
                                              OfflineConflict(order: "#1007", step: "5901234123457", reason: reason,
                                                              at: Fixtures.now + 2)])])
        #expect(store.applied.map(\.orderNumber) == ["#1003"])
        #expect(run.syncJournal() == [.linkChanged(StoreLink())], "each conflict is reported once")
        #expect(store.replays == 3)
    }

    @Test func aStoreWithoutAJournalReportsNoLink() {
        let run = runner(ThrowingStore())
        #expect(run.journal == nil)
        #expect(run.syncJournal() == [])
        #expect(run.run(.resume) == [])
    }

    /// The station loop runs the journal on every idle tick, so the banner comes and goes (and
    /// a refused replay reaches the packer) without a scan.
    @Test func theStationLoopShowsTheLinkAndTheConflicts() {
        var order = Fixtures.romanian
        order.status = .picking
        let store = JournalingFakeStore(held: OrderProgress(order: order, claimedBy: "PACK-01"))
        let app = StationApp(state: Fixtures.state(), context: Fixtures.context, runner: runner(store))
        store.reachable = false
        _ = app.start(atMillis: Fixtures.now)
        #expect(app.state.work?.order.number == "#1003")
        #expect(app.state.link == StoreLink(online: false, waiting: 0), "the queue load found the drop")
        for ch in "A02-A-03-1" { _ = app.send(.input(.key(.char(ch)), atMillis: Fixtures.now + 1)) }
        _ = app.send(.input(.key(.enter), atMillis: Fixtures.now + 2))
        #expect(app.state.work?.pick.confirmedBin?.code == "A02-A-03-1")
        #expect(app.state.link == StoreLink(online: false, waiting: 1))
        #expect(app.render().text.contains("offline — 1 scan waiting"))

        // The first idle tick also runs the 5-second pass; the server is still down.
        _ = app.handle(nil, atMillis: Fixtures.now + 250)
        #expect(app.state.link == StoreLink(online: false, waiting: 1))
        #expect(store.replays == 1)
        // The next tick, well before the next pass, finds the server back.
        store.reachable = true
        store.lostOrders = ["#1003"]
        _ = app.handle(nil, atMillis: Fixtures.now + 500)
        #expect(store.replays == 2)
        #expect(app.state.link == StoreLink())
        #expect(app.state.work == nil && app.state.screen == .queue)
        #expect(app.state.status?.text == "#1003 withdrawn: 1 offline scan uncounted; supervisor has it")
        #expect(!app.render().text.contains("offline —"))
    }

    private static func key(_ event: AppEvent) -> StringKey? {
        if case .failed(let key, _) = event { return key }
        return nil
    }
}

/// A store whose every call fails with an ordinary error (no journal).
struct ThrowingStore: OrderStore {
    struct Broken: Error {}
    func loadCatalog() throws -> Catalog { throw Broken() }
    func queue(_ query: QueueQuery, atRiskBefore: Int64, offset: Int, limit: Int) throws -> [QueueRow] { throw Broken() }
    func count(_ query: QueueQuery) throws -> Int { throw Broken() }
    func statusCounts() throws -> [OrderStatus: Int] { throw Broken() }
    func claimNext(station: String, actor: String, now: Int64) throws -> OrderProgress? { throw Broken() }
    func claim(number: String, station: String, actor: String, now: Int64) throws -> OrderProgress? { throw Broken() }
    func release(number: String, station: String, actor: String, now: Int64) throws { throw Broken() }
    func activeOrder(station: String) throws -> OrderProgress? { nil }
    func record(_ scan: ScanRecord) throws -> Bool { throw Broken() }
    func move(number: String, from: OrderStatus, to: OrderStatus, station: String, actor: String, now: Int64) throws {
        throw Broken()
    }
    func recordPickDistance(number: String, metres: Double) throws { throw Broken() }
    func order(number: String) throws -> OrderProgress? { throw Broken() }
    func flags(of number: String) throws -> OrderFlags? { throw Broken() }
    func completePack(number: String, station: String, actor: String, labelPath: String, now: Int64) throws { throw Broken() }
    func isEmpty() throws -> Bool { throw Broken() }
    func replaceAll(catalog: [SKU], orders: [Order]) throws { throw Broken() }
}
