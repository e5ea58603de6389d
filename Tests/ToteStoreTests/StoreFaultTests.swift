import Foundation
import GRDB
import Testing
import ToteCore
@testable import ToteStore

/// Faults of the file under the store: a full disk, a read-only file, a damaged file. Each
/// gives a plain message, and nothing is half written. (A newer schema, garbage and another
/// program's database: `FloorStoreTests`.)
@Suite(.enabled(if: StoreUnderTest.isSQLite, "damaged and full SQLite files")) struct StoreFaultTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    private func pageCount(_ path: String) throws -> Int {
        try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
    }

    @Test func fullDiskRefusesTheScanWholeAndSaysSo() throws {
        let seeded = try Fixtures.store(in: folder, orders: [Fixtures.order("#1", units: [50])])
        _ = try seeded.claimNext(station: "S1", now: Fixtures.now)
        // No page may be added beyond what the file has now: the disk is full.
        let store = try FloorStore(path: seeded.path, maxPageCount: try pageCount(seeded.path))
        var accepted = 0
        var failure: (any Error)?
        for i in 0..<5_000 {
            do {
                var scan = Fixtures.scan(.pick(line: 1), order: "#1", raw: String(repeating: "x", count: 900) + "\(i)")
                if accepted >= 40 { scan.effect = nil }  // Keep within the line's 50 units.
                _ = try store.record(scan)
                accepted += 1
            } catch {
                failure = error
                break
            }
        }
        let error = try #require(failure as? StoreOpenError, "the disk never filled: \(accepted) scans")
        #expect(error.reason == .diskFull)
        #expect(error.description.contains("disk") && error.description.contains("full"))
        // The refused scan left no trace: the log and the count hold exactly the accepted ones.
        let reader = try FloorStore(path: seeded.path)
        #expect(try reader.scanCount() == accepted)
        #expect(try reader.order(number: "#1")?.pickedByLine[1] == min(accepted, 40))
        #expect(try reader.integrityCheck() == "ok")
    }

    @Test func fullDiskDuringImportLeavesTheStoreAsItWas() throws {
        let seeded = try Fixtures.store(in: folder, orders: [Fixtures.order("#1")])
        let store = try FloorStore(path: seeded.path, maxPageCount: try pageCount(seeded.path) + 2)
        var batch = OrderImport()
        batch.orders = (0..<2_000).map { Fixtures.order("#imp\($0)", customer: String(repeating: "N", count: 200)) }

        #expect(throws: (any Error).self) { _ = try store.importOrders(batch, mode: .apply, now: Fixtures.now) }

        let reader = try FloorStore(path: seeded.path)
        #expect(try reader.openOrderCount() == 1, "no order of the failed import was kept")
        #expect(try reader.integrityCheck() == "ok")
    }

    @Test func sqliteFaultsReadAsPlainSentences() {
        let path = "/srv/tote/tote.sqlite"
        let cases: [(ResultCode, StoreOpenError.Reason)] = [
            (.SQLITE_FULL, .diskFull), (.SQLITE_READONLY, .readOnly),
            (.SQLITE_CORRUPT, .damaged("database disk image is malformed")), (.SQLITE_NOTADB, .notADatabase),
        ]
        for (code, reason) in cases {
            let explained = StoreOpenError.explaining(DatabaseError(resultCode: code, message: "database disk image is malformed"),
                                                      path: path)
            let error = explained as? StoreOpenError
            #expect(error?.reason == reason, "\(code)")
            #expect(error?.description.contains(path) == true)
        }
        // Errors that are not file faults pass unchanged.
        #expect(StoreOpenError.explaining(StoreError.notFound(order: "#1"), path: path) as? StoreError == .notFound(order: "#1"))
    }

    @Test func damagedFileIsRefusedOrReportedNeverTrusted() throws {
        let path: String
        do {
            let store = try Fixtures.store(in: folder, orders: (1...300).map { Fixtures.order("#\($0)") })
            path = store.path
        }
        // Cut the file to its first pages, as a crashed copy or a full disk during a copy would.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try bytes.prefix(4096 * 3).write(to: URL(fileURLWithPath: path))
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }

        do {
            let store = try FloorStore(path: path)
            // Opened (the schema pages survived): the damage must show, not pass for data.
            #expect(throws: (any Error).self) {
                guard try store.integrityCheck() != "ok" else { return }
                _ = try store.openOrderCount()
                _ = try store.listOrders(limit: 1_000)
            }
        } catch let error as StoreOpenError {
            #expect([StoreOpenError.Reason.notADatabase].contains(error.reason) || {
                if case .damaged = error.reason { return true } else { return false }
            }(), "\(error)")
        }
    }

    @Test(.enabled(if: getuid() != 0, "root may write a read-only file"))
    func readOnlyFileIsRefusedPlainly() throws {
        let path: String
        do { path = try Fixtures.store(in: folder, orders: [Fixtures.order("#1")]).path }
        chmod(path, 0o444)
        chmod(folder.url.path, 0o555)
        defer { chmod(folder.url.path, 0o755); chmod(path, 0o644) }
        do {
            let store = try FloorStore(path: path)
            let error = #expect(throws: StoreOpenError.self) {
                _ = try store.record(Fixtures.scan(nil, order: "#1"))
            }
            #expect(error?.reason == .readOnly)
        } catch let error as StoreOpenError {
            #expect(error.reason == .readOnly, "\(error)")
        }
    }
}
