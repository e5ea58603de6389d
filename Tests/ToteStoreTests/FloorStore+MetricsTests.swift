import Foundation
import GRDB
import Testing
import ToteCore
@testable import ToteStore

/// v5-metrics: the aggregates the triggers keep, the dashboard reads, supervisor actions and
/// their audit, and commit detection across connections.
@Suite(.serialized) struct FloorStoreMetricsTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    /// Claims, picks, packs and completes order `number` (lines of `Fixtures.order`) at `station`.
    static func pack(_ store: FloorStore, _ number: String, units: [Int] = [2, 1], station: String, at t: Int64) throws {
        _ = try store.claim(number: number, station: station, now: t)
        for (i, q) in units.enumerated() {
            for _ in 0..<q { _ = try store.record(Fixtures.scan(.pick(line: i + 1), order: number, station: station, at: t + 100)) }
        }
        try store.move(number: number, from: .picking, to: .picked, station: station, now: t + 60_000)
        try store.move(number: number, from: .picked, to: .packing, station: station, now: t + 70_000)
        for (i, q) in units.enumerated() {
            for _ in 0..<q {
                _ = try store.record(Fixtures.scan(.pack(line: i + 1), order: number, station: station, phase: .pack, at: t + 80_000))
            }
        }
        try store.completePack(number: number, station: station, labelPath: "label.zpl", now: t + 100_000)
    }

    static let window = MetricsWindow(from: Fixtures.now - 3_600_000, to: Fixtures.now + 3_600_000)

    @Test func packingFillsThePackedOrderAggregate() throws {
        let store = try Fixtures.store(in: folder, orders: [Fixtures.order("#1"), Fixtures.order("#2")])
        try Self.pack(store, "#1", station: "S1", at: Fixtures.now)
        _ = try store.record(Fixtures.scan(nil, order: "#2", station: "S1", raw: "BOGUS", at: Fixtures.now + 200_000))
        let facts = try store.dashboardFacts(window: Self.window, now: Fixtures.now + 300_000,
                                             horizonSeconds: Int64.max / 2, staleAfterMillis: 600_000)
        let packed = try #require(facts.packed.first)
        #expect(facts.packed.count == 1)
        #expect(packed == DashboardFacts.PackedOrder(number: "#1", station: "S1", packer: "ana",
                                                     packedAt: Fixtures.now + 100_000, workMillis: 100_000,
                                                     pickMillis: 60_000, packMillis: 30_000, lines: 2, units: 3, bins: 2))
        let scans = try #require(facts.shiftScans.first)
        #expect(scans.scans == 7)
        #expect(scans.misScans == 0)
        #expect(facts.statusCounts["new"] == 1)
        #expect(facts.dueOrders.map(\.number) == ["#2"])
        #expect(facts.stations.map(\.station) == ["S1"])
        #expect(facts.stations.first?.lastScanAt == Fixtures.now + 200_000)
        let totals = try store.metricsTotals()
        #expect(totals.packed == [MetricsTotals.Packed(station: "S1", packer: "ana", orders: 1, units: 3)])
        #expect(totals.scansByOutcome["accepted"] == 7)
        #expect(totals.queueDepth["packed"] == 1)
    }

    @Test func refusedScansCountAsMisScans() throws {
        let store = try Fixtures.store(in: folder, orders: [Fixtures.order("#1")])
        // Not claimed: the store refuses the effect and logs refused_by_store.
        _ = try store.record(Fixtures.scan(.pick(line: 1), order: "#1", station: "S9"))
        let facts = try store.dashboardFacts(window: Self.window, now: Fixtures.now, horizonSeconds: 0, staleAfterMillis: 1)
        #expect(facts.shiftScans.map(\.misScans) == [1])
    }

    @Test func exceptionsListHoldsStaleClaimsFlagsAndShortPicks() throws {
        let store = try Fixtures.store(in: folder, orders: [Fixtures.order("#1"), Fixtures.order("#2"), Fixtures.order("#3")])
        _ = try store.claim(number: "#1", station: "S1", now: Fixtures.now - 3_600_000)
        _ = try store.claim(number: "#2", station: "S2", now: Fixtures.now)
        try store.move(number: "#2", from: .picking, to: .onHold, station: "S2", now: Fixtures.now)
        _ = try store.claim(number: "#3", station: "S3", now: Fixtures.now)
        _ = try store.record(ScanRecord(at: Fixtures.now, station: "S3", packer: "cy", raw: "SHORT", kind: "command",
                                        outcome: "accepted", orderNumber: "#3", phase: .pick, effect: nil))
        // A DAMAGED scanned where it means nothing is a mis-scan, not an exception.
        _ = try store.record(ScanRecord(at: Fixtures.now, station: "S3", packer: "cy", raw: "DAMAGED", kind: "command",
                                        outcome: "command_not_here", orderNumber: "#3", phase: .pick, effect: nil))
        let facts = try store.dashboardFacts(window: Self.window, now: Fixtures.now, horizonSeconds: 0,
                                             staleAfterMillis: 600_000)
        let kinds = facts.exceptions.map { "\($0.kind.rawValue) \($0.order)" }.sorted()
        #expect(kinds == ["on_hold #2", "short_pick #3", "stale_claim #1"])
    }

    @Test func labelsThePrintQueueGaveUpOnAreExceptionsAndCounted() throws {
        let store = try Fixtures.store(in: folder, orders: [Fixtures.order("#1"), Fixtures.order("#2")])
        for number in ["#1", "#2"] {
            _ = try store.enqueue(PrintJob(orderNumber: number, carton: 1, kind: .label, printer: "zebra-1",
                                           payload: Array("^XA^XZ".utf8)), nowMillis: Fixtures.now)
            // Sent and refused by the printer: #1 after its last retry, #2 with retries left.
            let job = try #require(try store.claimDue(printers: ["zebra-1"], nowMillis: Fixtures.now, leaseMillis: 1_000))
            try store.markFailed(id: job.id, error: "connection refused", retryAtMillis: Fixtures.now + 2_000,
                                 giveUp: job.orderNumber == "#1")
        }
        let facts = try store.dashboardFacts(window: Self.window, now: Fixtures.now, horizonSeconds: 0,
                                             staleAfterMillis: 600_000)
        #expect(facts.exceptions.filter { $0.kind == .failedPrint }.map(\.order) == ["#1"], "a retrying job is no exception yet")
        #expect(facts.labelPrintFailures == 1)
        #expect(try store.metricsTotals().labelPrintFailures == 1)
    }

    @Test func metresWalkedReachTheTotalsAndTheLabourStandard() throws {
        let store = try Fixtures.store(in: folder, orders: [Fixtures.order("#1"), Fixtures.order("#2")])
        try store.recordPickDistance(number: "#1", metres: 120.5)
        try store.recordPickDistance(number: "#2", metres: 30)
        try store.recordPickDistance(number: "#2", metres: 40)
        try store.recordPickDistance(number: "#2", metres: -1)
        #expect(try store.metricsTotals().pickDistanceMetres == 160.5)
    }

    @Test func supervisorActionsAreAudited() throws {
        let store = try Fixtures.store(in: folder, orders: [Fixtures.order("#1"), Fixtures.order("#2")])
        _ = try store.claim(number: "#1", station: "S1", now: Fixtures.now)
        try store.supervisorRelease(number: "#1", supervisor: "sam", now: Fixtures.now + 1)
        #expect(try store.activeOrder(station: "S1") == nil)
        try store.supervisorReassign(number: "#1", to: "S2", supervisor: "sam", now: Fixtures.now + 2)
        #expect(try store.activeOrder(station: "S2")?.order.number == "#1")
        try store.supervisorCancel(number: "#1", supervisor: "sam", now: Fixtures.now + 3)
        #expect(try store.activeOrder(station: "S2") == nil)
        let audit = try store.supervisorAudit(order: "#1")
        #expect(audit.map(\.action) == ["release", "reassign", "cancel"])
        #expect(audit.map(\.actor) == ["sam", "sam", "sam"])
        #expect(audit.map { "\($0.from)>\($0.to)" } == ["picking>new", "new>picking", "picking>cancelled"])
        #expect(audit.map(\.station) == ["S1", "S2", "S2"])

        try Self.pack(store, "#2", station: "S1", at: Fixtures.now)
        #expect(throws: StoreError.self) { try store.supervisorCancel(number: "#2", supervisor: "sam", now: Fixtures.now) }
        #expect(throws: StoreError.self) { try store.supervisorRelease(number: "#9", supervisor: "sam", now: Fixtures.now) }
    }

    @Test(.enabled(if: StoreUnderTest.isSQLite, "SQLite's data_version; PostgreSQL notifies"))
    func changeDetectorSeesOtherConnectionsCommitsOnly() throws {
        let store = try Fixtures.store(in: folder, orders: [Fixtures.order("#1")])
        let detector = try ChangeDetector(path: store.path)
        #expect(try detector.hasChanged())
        #expect(try !detector.hasChanged())
        _ = try store.record(Fixtures.scan(nil, order: "#1"))
        #expect(try detector.hasChanged())
        #expect(try !detector.hasChanged())
    }

    /// Two station writers (each its own connection pool, as two processes would have) pack
    /// orders while the dashboard polls its change detector; once they stop, the dashboard has
    /// every packed order within one second.
    @Test func dashboardSeesTwoStationsCountsWithinASecond() throws {
        let numbers = (1...12).map { "#\($0)" }
        let path = try Fixtures.store(in: folder, orders: numbers.map { Fixtures.order($0) }).path
        let dashboard = try SupervisorStoreSource(store: try StoreUnderTest.open(path))
        _ = try dashboard.hasChanged()
        let group = DispatchGroup()
        let failures = Failures()
        for (k, station) in ["S1", "S2"].enumerated() {
            DispatchQueue.global().async(group: group) {
                do {
                    let writer = try StoreUnderTest.open(path)
                    for (i, number) in numbers.enumerated() where i % 2 == k {
                        try Self.pack(writer, number, station: station, at: Fixtures.now + Int64(i) * 1000)
                    }
                } catch { failures.add(error) }
            }
        }
        var seen = 0
        var reads = 0
        func look() throws {
            if try dashboard.hasChanged() {
                reads += 1
                seen = try dashboard.dashboardFacts(window: Self.window, now: Fixtures.now, horizonSeconds: 0,
                                                    staleAfterMillis: 600_000).packed.count
            }
        }
        while group.wait(timeout: .now() + .milliseconds(20)) == .timedOut { try look() }
        #expect(failures.isEmpty, "\(failures.description)")
        let deadline = Date().addingTimeInterval(1)
        while seen < numbers.count && Date() < deadline {
            try look()
            Thread.sleep(forTimeInterval: 0.02)
        }
        #expect(seen == numbers.count)
        #expect(reads >= 1)
    }
}

/// Errors collected from writer threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [Error] = []
    func add(_ e: Error) { lock.lock(); errors.append(e); lock.unlock() }
    var isEmpty: Bool { lock.lock(); defer { lock.unlock() }; return errors.isEmpty }
    var description: String { lock.lock(); defer { lock.unlock() }; return errors.map { String(describing: $0) }.joined(separator: "; ") }
}
