import Foundation
import GRDB
import Testing
import ToteCore
@testable import ToteStore

/// `backup(to:)`, `inspectBackup(at:)` and `restore(from:to:force:)`.
@Suite(.enabled(if: StoreUnderTest.isSQLite, "file backups; PostgreSQL has pg_dump")) struct FloorStoreBackupTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    private func storeWithWork() throws -> FloorStore {
        let store = try Fixtures.store(in: folder, orders: (1...20).map { Fixtures.order("#\($0)") })
        _ = try store.claimNext(station: "S1", now: Fixtures.now)
        let held = try #require(try store.activeOrder(station: "S1"))
        #expect(try store.record(Fixtures.scan(.pick(line: 1), order: held.order.number)))
        return store
    }

    @Test func backupIsAVerifiedSingleFileWithTheSameRows() throws {
        let store = try storeWithWork()
        let target = folder.path("backups/monday.sqlite")
        try FileManager.default.createDirectory(atPath: folder.path("backups"), withIntermediateDirectories: true)

        let summary = try store.backup(to: target)

        #expect(summary.orders == 20 && summary.skus == 5 && summary.scans == 1)
        #expect(summary.schemaVersion == StoreMigrations.supportedVersion)
        #expect(summary.bytes > 0)
        #expect(!FileManager.default.fileExists(atPath: target + "-wal"), "a backup is one file")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path("backups"))
        #expect(leftovers == ["monday.sqlite"], "no partial file left: \(leftovers)")
        let copy = try FloorStore(path: target)
        #expect(try copy.integrityCheck() == "ok")
        #expect(try copy.openOrderCount() == 20)
        #expect(try copy.activeOrder(station: "S1")?.pickedByLine[1] == 1)
    }

    @Test func backupWhileAnotherConnectionWritesIsConsistent() throws {
        let store = try storeWithWork()
        let writer = try FloorStore(path: store.path)
        let number = try #require(try writer.activeOrder(station: "S1")?.order.number)
        let done = DispatchSemaphore(value: 0)
        Thread {
            for _ in 0..<200 { _ = try? writer.record(Fixtures.scan(nil, order: number)) }
            done.signal()
        }.start()
        var summaries: [StoreFileSummary] = []
        for i in 0..<5 { summaries.append(try store.backup(to: folder.path("b\(i).sqlite"))) }
        done.wait()
        // Each copy is one moment: its scan log never goes back in time, and each file is sound.
        #expect(summaries.map(\.scans) == summaries.map(\.scans).sorted())
        for i in 0..<5 { #expect(try FloorStore(path: folder.path("b\(i).sqlite")).integrityCheck() == "ok") }
    }

    @Test func fullDiskLeavesNoFileAndSaysSo() throws {
        let store = try storeWithWork()
        let target = folder.path("full.sqlite")
        let error = #expect(throws: StoreBackupError.self) { _ = try store.backup(to: target, maxPageCount: 3) }
        #expect(error?.reason == .diskFull)
        #expect(error?.description.contains("disk is full") == true)
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).allSatisfy { !$0.contains("partial") })
    }

    @Test func restoreReplacesTheStoreAndKeepsTheOldOne() throws {
        let store = try storeWithWork()
        let backup = folder.path("backup.sqlite")
        _ = try store.backup(to: backup)
        // Work after the backup, then release the claim so restore is allowed.
        let number = try #require(try store.activeOrder(station: "S1")?.order.number)
        #expect(try store.record(Fixtures.scan(.pick(line: 1), order: number)))
        try store.release(number: number, station: "S1", now: Fixtures.now)
        try store.replaceAll(catalog: (1...5).map { Fixtures.sku($0) }, orders: [Fixtures.order("#only")])

        let result = try FloorStore.restore(from: backup, to: store.path, force: false)

        #expect(result.summary.orders == 20)
        #expect(result.keptAs == store.path + ".before-restore")
        let restored = try FloorStore(path: store.path)
        #expect(try restored.openOrderCount() == 20)
        #expect(try restored.integrityCheck() == "ok")
        let old = try FloorStore(path: store.path + ".before-restore")
        #expect(try old.openOrderCount() == 1, "the store as it was before the restore")
    }

    @Test func restoreRefusesWhileStationsHoldClaimsUnlessForced() throws {
        let store = try storeWithWork()
        let backup = folder.path("backup.sqlite")
        _ = try store.backup(to: backup)
        let before = try Data(contentsOf: URL(fileURLWithPath: store.path))

        let error = #expect(throws: StoreBackupError.self) {
            _ = try FloorStore.restore(from: backup, to: store.path, force: false)
        }
        guard case .claimsHeld(let claims) = error?.reason else {
            Issue.record("expected claimsHeld, got \(String(describing: error))")
            return
        }
        #expect(claims.count == 1 && claims[0].hasPrefix("S1 holds #"))
        #expect(error?.description.contains("--force") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.path)) == before)
        #expect(!FileManager.default.fileExists(atPath: store.path + ".before-restore"))

        _ = try FloorStore.restore(from: backup, to: store.path, force: true)
        #expect(try FloorStore(path: store.path).openOrderCount() == 20)
    }

    @Test func restoreRefusesBadFilesAndChangesNothing() throws {
        let store = try storeWithWork()
        let number = try #require(try store.activeOrder(station: "S1")?.order.number)
        try store.release(number: number, station: "S1", now: Fixtures.now)
        let good = folder.path("good.sqlite")
        _ = try store.backup(to: good)

        let garbage = folder.path("garbage.sqlite")
        try Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 31) }).write(to: URL(fileURLWithPath: garbage))
        let truncated = folder.path("truncated.sqlite")
        let goodBytes = try Data(contentsOf: URL(fileURLWithPath: good))
        try goodBytes.prefix(goodBytes.count / 2).write(to: URL(fileURLWithPath: truncated))
        let foreign = folder.path("foreign.sqlite")
        try DatabaseQueue(path: foreign).write { db in try db.execute(sql: "CREATE TABLE contacts (name TEXT)") }
        let newer = folder.path("newer.sqlite")
        try FileManager.default.copyItem(atPath: good, toPath: newer)
        try DatabaseQueue(path: newer).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        let cases: [(String, (StoreBackupError.Reason) -> Bool)] = [
            (folder.path("missing.sqlite"), { $0 == .missing }),
            (garbage, { $0 == .notADatabase }),
            (truncated, { if case .corrupt = $0 { return true } else { return $0 == .notADatabase } }),
            (foreign, { $0 == .notAToteStore }),
            (newer, { if case .schemaTooNew = $0 { return true } else { return false } }),
        ]
        try store.replaceAll(catalog: (1...5).map { Fixtures.sku($0) }, orders: [Fixtures.order("#live")])
        for (file, expected) in cases {
            let error = #expect(throws: StoreBackupError.self) {
                _ = try FloorStore.restore(from: file, to: store.path, force: true)
            }
            #expect(error.map { expected($0.reason) } == true, "\(file): \(String(describing: error))")
            #expect(error?.description.contains(file) == true)
            #expect(try FloorStore(path: store.path).openOrderCount() == 1, "the live store is untouched")
            #expect(!FileManager.default.fileExists(atPath: store.path + ".before-restore"))
        }
    }
}
