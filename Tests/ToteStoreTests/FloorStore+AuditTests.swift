import Foundation
import GRDB
import Testing
import ToteCore
@testable import ToteStore

/// Every state change leaves exactly one audit row, written in the change's own transaction.
@Suite struct FloorStoreAuditTests {
    let folder: TemporaryFolder
    let store: FloorStore

    init() throws {
        folder = try TemporaryFolder()
        store = try Fixtures.store(in: folder, orders: [Fixtures.order("#1", units: [2, 1]), Fixtures.order("#2")])
    }

    private func scan(_ effect: ScanRecord.Effect, phase: ScanRecord.Phase = .pick, at: Int64) -> ScanRecord {
        ScanRecord(at: at, station: "S1", packer: "B1042", raw: "x", kind: "product", outcome: "accepted",
                   orderNumber: "#1", phase: phase, effect: effect)
    }

    @Test func aWholeOrderTellsItsHistoryInOrder() throws {
        var t = Fixtures.now
        func tick() -> Int64 { t += 1; return t }
        _ = try store.claim(number: "#1", station: "S1", actor: "B1042", now: tick())
        for line in [1, 1, 2] { #expect(try store.record(scan(.pick(line: line), at: tick()))) }
        try store.move(number: "#1", from: .picking, to: .picked, station: "S1", actor: "B1042", now: tick())
        try store.move(number: "#1", from: .picked, to: .packing, station: "S1", actor: "B1042", now: tick())
        for line in [1, 1, 2] { #expect(try store.record(scan(.pack(line: line), phase: .pack, at: tick()))) }
        #expect(try store.record(scan(.unpack(line: 2), phase: .pack, at: tick())))
        #expect(try store.record(scan(.pack(line: 2), phase: .pack, at: tick())))
        try store.completePack(number: "#1", station: "S1", actor: "B1042", labelPath: "/spool/l.zpl", now: tick())

        let all = try store.audit(order: "#1")
        // The fixture's load comes first, timed at the order's creation (seconds → ms).
        #expect(all.first == AuditEntry(at: 1_000_000, station: "import", actor: "import", action: "load", order: "#1",
                                        after: "new"))
        let log = Array(all.dropFirst())
        #expect(log.map(\.action) == ["claim", "pick", "pick", "pick", "status", "status", "pack", "pack", "pack", "unpack",
                                      "pack", "complete"])
        #expect(log.allSatisfy { $0.actor == "B1042" && $0.station == "S1" && $0.order == "#1" })
        #expect(log.map(\.at) == (1 ... 12).map { Fixtures.now + Int64($0) })
        #expect(log[0].before == "new" && log[0].after == "picking @S1")
        #expect(log[2].before == "line 1 SKU-1 picked 1/2" && log[2].after == "line 1 SKU-1 picked 2/2")
        #expect(log[4].before == "picking @S1" && log[4].after == "picked @S1")
        #expect(log[9].before == "line 2 SKU-2 packed 1/1" && log[9].after == "line 2 SKU-2 packed 0/1")
        #expect(log[11].after == "packed, label /spool/l.zpl")
    }

    @Test func refusedScansAndScansWithoutEffectLeaveNoRow() throws {
        _ = try store.claim(number: "#1", station: "S1", now: Fixtures.now)
        let before = try store.audit(order: "#1").count
        #expect(try store.record(scan(.pick(line: 2), at: Fixtures.now)))
        #expect(try !store.record(scan(.pick(line: 2), at: Fixtures.now)))  // over the quantity: refused
        #expect(try store.record(ScanRecord(at: Fixtures.now, station: "S1", packer: "B1042", raw: "NEXT", kind: "command",
                                            outcome: "accepted", orderNumber: "#1", phase: .pick, effect: nil)))
        #expect(try store.audit(order: "#1").count == before + 1)
    }

    @Test func releaseAndStaleReleaseAreLogged() throws {
        _ = try store.claim(number: "#1", station: "S1", actor: "B1042", now: Fixtures.now)
        try store.release(number: "#1", station: "S1", actor: "B1042", now: Fixtures.now + 1)
        _ = try store.claim(number: "#2", station: "S2", actor: "B2", now: Fixtures.now)
        try store.releaseStaleClaims(olderThan: 10, now: Fixtures.now + 100)
        #expect(try store.audit(order: "#1").last == AuditEntry(at: Fixtures.now + 1, station: "S1", actor: "B1042",
                                                               action: "release", order: "#1", before: "picking @S1", after: "new"))
        #expect(try store.audit(order: "#2").last == AuditEntry(at: Fixtures.now + 100, station: "S2", actor: "stale-claims",
                                                               action: "release-stale", order: "#2", before: "picking @S2",
                                                               after: "new"))
    }

    @Test func printJobsAreLoggedOncePerJob() throws {
        let job = PrintJob(orderNumber: "#1", carton: 1, kind: .label, printer: "zebra", payload: Array("^XA^XZ".utf8))
        _ = try store.enqueue(job, nowMillis: Fixtures.now)
        _ = try store.enqueue(job, nowMillis: Fixtures.now + 1)  // a retried DONE: same key, no new job
        _ = try store.reprint(order: "#1", carton: 1, kind: .label, payload: nil, nowMillis: Fixtures.now + 2)
        let log = try store.audit(order: "#1").filter { $0.action != "load" }
        #expect(log.map(\.action) == ["print", "reprint"])
        #expect(log[1].after == "label carton 1 copy 1 queued for zebra")
    }

    @Test func theAuditRowAndTheChangeCommitTogether() throws {
        // A trigger that fails every audit insert stands for a crash between the two writes:
        // the change must roll back with it.
        try StoreUnderTest.failInserts(into: "audit_log", store)
        #expect(throws: (any Error).self) { _ = try store.claim(number: "#1", station: "S1", actor: "B1", now: Fixtures.now) }
        #expect(try store.order(number: "#1")?.claimedBy == nil)
        #expect(try store.order(number: "#1")?.order.status == .new)
    }

    @Test func importsLogEachOrderTheyTouch() throws {
        let store = try StoreUnderTest.open(folder.path("import.sqlite"))
        try store.replaceAll(catalog: (1 ... 5).map { Fixtures.sku($0) }, orders: [])
        let file = FloorStoreImportTests.csv([("#7", [("SKU-1", 1)])])
        let reader = ShopifyOrderImporter(catalog: try store.loadCatalog(), shipByRule: ShipByRule())
        _ = try store.importOrders(reader.read(file), mode: .dryRun, now: Fixtures.now)
        #expect(try store.audit(order: "#7").isEmpty)  // a dry run rolls its rows back too
        _ = try store.importOrders(reader.read(file), mode: .apply, now: Fixtures.now)
        #expect(try store.audit(order: "#7").map(\.action) == ["import-new"])
        let cancel = FloorStoreImportTests.csv([], cancelled: ["#7"])
        _ = try store.importOrders(reader.read(cancel), mode: .apply, now: Fixtures.now + 1)
        #expect(try store.audit(order: "#7").map(\.action) == ["import-new", "import-cancel"])
    }
}
