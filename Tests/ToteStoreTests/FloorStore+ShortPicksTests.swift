import Foundation
import GRDB
import Testing
import ToteCore
@testable import ToteStore

/// v8-short-picks: a confirmed short pick, its recount task, and what each mode does to the order.
@Suite(.serialized) struct FloorStoreShortPicksTests {
    let folder: TemporaryFolder
    let store: FloorStore
    /// Line 1 of `#1` asks 4 units of SKU-1; line 2 asks 1 unit of SKU-2.
    static let bin = Fixtures.sku(1).bin

    init() throws {
        folder = try TemporaryFolder()
        store = try Fixtures.store(in: folder, orders: [Fixtures.order("#1", units: [4, 1]), Fixtures.order("#2", units: [3])])
        _ = try store.claim(number: "#1", station: "S1", now: Fixtures.now)
        #expect(try store.record(Fixtures.scan(.pick(line: 1), order: "#1")))
    }

    static func short(_ mode: ShortPickMode, order: String = "#1", line: Int = 1, sku: String = "SKU-1",
                      needed: Int = 3, found: Int = 1, reason: ShortReason = .notInBin, empty: Bool = true,
                      station: String = "S1", at: Int64 = Fixtures.now + 1_000, bin: BinLocation = bin) -> ShortPick {
        ShortPick(order: order, lineNumber: line, sku: sku, bin: bin, needed: needed, found: found, reason: reason,
                  binEmpty: empty, mode: mode, station: station, packer: "ana", at: at)
    }

    @Test func exceptionModeRecordsEverythingAndFreesTheOrder() throws {
        let result = try store.recordShortPick(Self.short(.exception))
        #expect(result == .movedToException(order: "#1"))

        let progress = try #require(try store.order(number: "#1"))
        #expect(progress.order.status == .exception)
        #expect(progress.claimedBy == nil)
        #expect(progress.pickedByLine[1] == 2, "the found unit counts as picked")
        #expect(progress.order.lines.map(\.quantity) == [4, 1], "exception mode keeps the ordered quantity")
        #expect(try store.activeOrder(station: "S1") == nil)

        let rows = try store.engine.read { db in
            try StoreRow.fetchAll(db, sql: "SELECT needed, found, reason, bin_empty, mode, station FROM short_pick")
        }
        #expect(rows.count == 1)
        let needed: Int = rows[0]["needed"], found: Int = rows[0]["found"], empty: Bool = rows[0]["bin_empty"]
        let reason: String = rows[0]["reason"], mode: String = rows[0]["mode"]
        #expect(needed == 3)
        #expect(found == 1)
        #expect(empty)
        #expect(reason == "not_in_bin")
        #expect(mode == "exception")
        let last = try #require(try store.scans(order: "#1").last)
        #expect(last.raw == "SHORT")
        #expect(last.kind == "command")
        #expect(last.outcome == "accepted")

        let recounts = try store.openRecounts()
        #expect(recounts == [RecountTask(bin: Self.bin, openedAt: Fixtures.now + 1_000, orders: ["#1"], sku: "SKU-1",
                                         reason: .notInBin, reportedEmpty: true, shortPicks: 1)])
    }

    @Test func shortPickIsOnTheSupervisorsExceptionList() throws {
        _ = try store.recordShortPick(Self.short(.exception))
        let source = try SupervisorStoreSource(store: store)
        let facts = try source.dashboardFacts(window: MetricsWindow(from: Fixtures.now - 60_000, to: Fixtures.now + 60_000),
                                              now: Fixtures.now + 2_000, horizonSeconds: 0, staleAfterMillis: 600_000)
        let kinds = facts.exceptions.map { "\($0.kind.rawValue) \($0.order)" }.sorted()
        #expect(kinds == ["exception #1", "short_pick #1"])
        // The supervisor sends it back to the queue: the picked unit is kept.
        try store.supervisorRelease(number: "#1", supervisor: "sup", now: Fixtures.now + 3_000)
        #expect(try store.order(number: "#1")?.order.status == .new)
    }

    @Test func partialModeCutsTheLineAndPackingExpectsOnlyWhatWasFound() throws {
        let result = try store.recordShortPick(Self.short(.partial, found: 1, empty: false))
        guard case .lineReduced(let progress) = result else {
            Issue.record("expected the line reduced, got \(result)")
            return
        }
        #expect(progress.order.status == .picking)
        #expect(progress.claimedBy == "S1")
        #expect(progress.order.lines.map(\.quantity) == [2, 1], "line 1 ships the 2 picked, not 4")
        #expect(progress.pickedByLine[1] == 2)
        #expect(try store.order(number: "#1") == progress)
        // A further pick on the cut line is refused: it is complete.
        #expect(try store.record(Fixtures.scan(.pick(line: 1), order: "#1")) == false)
        #expect(try store.record(Fixtures.scan(.pick(line: 2), order: "#1")))
        try store.move(number: "#1", from: .picking, to: .picked, station: "S1", now: Fixtures.now + 2_000)
        try store.move(number: "#1", from: .picked, to: .packing, station: "S1", now: Fixtures.now + 3_000)
        for line in [1, 1, 2] {
            #expect(try store.record(Fixtures.scan(.pack(line: line), order: "#1", phase: .pack)))
        }
        #expect(try store.record(Fixtures.scan(.pack(line: 1), order: "#1", phase: .pack)) == false)
        try store.completePack(number: "#1", station: "S1", labelPath: "l.zpl", now: Fixtures.now + 4_000)
        #expect(try store.order(number: "#1")?.order.status == .packed)
        let shortage = try store.engine.read { db in
            try Int.fetchOne(db, sql: "SELECT short_units FROM order_line WHERE order_number = '#1' AND line = 1")
        }
        #expect(shortage == 2, "the shortage stays recorded")
        let packed = try store.dashboardFacts(window: MetricsWindow(from: Fixtures.now, to: Fixtures.now + 60_000),
                                              now: Fixtures.now + 5_000, horizonSeconds: 0, staleAfterMillis: 600_000).packed
        #expect(packed.map(\.units) == [3], "the metrics count the 3 units shipped, not the 5 ordered")
        #expect(packed.map(\.lines) == [2])
    }

    @Test func partialWithNothingFoundDropsTheLine() throws {
        let result = try store.recordShortPick(Self.short(.partial, line: 2, sku: "SKU-2", needed: 1, found: 0))
        guard case .lineReduced(let progress) = result else {
            Issue.record("expected the line reduced, got \(result)")
            return
        }
        #expect(progress.order.lines.map(\.lineNumber) == [1])
    }

    @Test func partialLeavingNothingToShipGoesToExceptions() throws {
        _ = try store.claim(number: "#2", station: "S2", now: Fixtures.now)
        let result = try store.recordShortPick(Self.short(.partial, order: "#2", needed: 3, found: 0, station: "S2"))
        #expect(result == .movedToException(order: "#2"))
        #expect(try store.order(number: "#2")?.order.status == .exception)
    }

    @Test func staleOrWrongRequestsAreRefusedAndChangeNothing() throws {
        let cases: [(ShortPick, String)] = [
            (Self.short(.exception, needed: 4), "line 1 has 3 unit(s) still to pick, not 4"),
            (Self.short(.exception, found: 4), "found 4 is outside 0–3"),
            (Self.short(.exception, sku: "SKU-2"), "line 1 of #1 is SKU-1, not SKU-2"),
            (Self.short(.exception, line: 9), "order #1 has no line 9"),
            (Self.short(.exception, station: "S2"), "order #1 is not being picked at station S2"),
            (Self.short(.exception, order: "#2"), "order #2 is not being picked at station S1"),
            (Self.short(.exception, order: "#404"), "order #404 is not in the store"),
        ]
        let scansBefore = try store.scanCount()
        for (short, reason) in cases {
            #expect(try store.recordShortPick(short) == .refused(reason: reason))
        }
        #expect(try store.scanCount() == scansBefore)
        #expect(try store.openRecounts().isEmpty)
        #expect(try store.order(number: "#1")?.order.status == .picking)
        #expect(try store.order(number: "#1")?.pickedByLine[1] == 1)
    }

    @Test func aFailureMidwayLeavesNoTrace() throws {
        // The last write of the transaction fails: nothing before it may stay.
        try StoreUnderTest.failInserts(into: "order_event", when: "NEW.to_status = 'exception'", store)
        let scansBefore = try store.scanCount()
        #expect(throws: (any Error).self) { _ = try store.recordShortPick(Self.short(.exception)) }
        #expect(try store.scanCount() == scansBefore)
        #expect(try store.openRecounts().isEmpty)
        let progress = try #require(try store.order(number: "#1"))
        #expect(progress.order.status == .picking)
        #expect(progress.claimedBy == "S1")
        #expect(progress.pickedByLine[1] == 1)
        let shorts = try store.engine.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM short_pick")
        }
        #expect(shorts == 0)
    }

    @Test func oneOpenRecountPerBinUntilDone() throws {
        _ = try store.claim(number: "#2", station: "S2", now: Fixtures.now)
        _ = try store.recordShortPick(Self.short(.partial, found: 1, empty: false))
        _ = try store.recordShortPick(Self.short(.exception, order: "#2", needed: 3, found: 2, reason: .damaged,
                                                 empty: true, station: "S2", at: Fixtures.now + 5_000))
        let open = try store.openRecounts()
        #expect(open.count == 1)
        #expect(open[0].orders == ["#1", "#2"])
        #expect(open[0].shortPicks == 2)
        #expect(open[0].reportedEmpty)
        #expect(open[0].reason == .damaged)
        #expect(open[0].openedAt == Fixtures.now + 1_000)

        #expect(try store.closeRecount(bin: Self.bin, by: "cy", now: Fixtures.now + 9_000))
        #expect(try store.openRecounts().isEmpty)
        #expect(try store.closeRecount(bin: Self.bin, by: "cy", now: Fixtures.now + 9_500) == false)
        // A new short pick after the recount opens a new task.
        _ = try store.claim(number: "#1", station: "S1", now: Fixtures.now)
        let again = try store.recordShortPick(Self.short(.exception, line: 2, sku: "SKU-2", needed: 1, found: 0,
                                                         at: Fixtures.now + 10_000, bin: Fixtures.sku(2).bin))
        #expect(again == .movedToException(order: "#1"))
        #expect(try store.openRecounts().map(\.bin) == [Fixtures.sku(2).bin])
    }
}

@Suite(.enabled(if: StoreUnderTest.isSQLite, "upgrades a SQLite file")) struct StoreMigrationV8Tests {
    @Test func aV7StoreUpgradesWithItsLinesUncut() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("tote.sqlite")
        let queue = try DatabaseQueue(path: path)
        try StoreMigrations.makeMigrator().migrate(queue, upTo: "v7-accepted-exceptions")
        let shipTo = String(decoding: try JSONEncoder().encode(Fixtures.shipTo("A")), as: UTF8.self)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO orders (number, channel, priority, service, carrier, ship_by, created_at, status,
                                    ship_to_json, customer_name)
                VALUES ('#9', 'web', 0, 'standard', 'DHL', 100, 50, 'new', ?, 'A')
                """, arguments: [shipTo])
            try db.execute(sql: """
                INSERT INTO order_line (order_number, line, sku, name, quantity, picked) VALUES ('#9', 1, 'X', 'x', 3, 1);
                """)
        }
        try queue.close()
        let store = try StoreUnderTest.open(path)
        let progress = try #require(try store.order(number: "#9"))
        #expect(progress.order.lines.map(\.quantity) == [3])
        #expect(progress.pickedByLine == [1: 1])
        #expect(try store.openRecounts().isEmpty)
    }
}
