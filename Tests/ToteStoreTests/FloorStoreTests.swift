import Foundation
import GRDB
import Testing
import ToteCore
@testable import ToteStore

/// Opening, migrating and refusing files: `FloorStore.init(path:)`.
@Suite(.enabled(if: StoreUnderTest.isSQLite, "opens and refuses SQLite files")) struct FloorStoreTests {
    /// Every migration this build knows, in the order they run.
    static let migrations = ["v1", "v2-import", "v3-scan-timing", "v4-printing", "v5-metrics", "v6-pick-distance",
                             "v7-accepted-exceptions", "v8-short-picks", "v9-pack-session", "v10-users-audit", "v11-carts", "v12-scan-keys"]
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    private func tableNames(at path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
    }

    @Test func freshFileGetsTheV1SchemaInWALMode() throws {
        let path = folder.path("nested/deeper/tote.sqlite")
        let store = try FloorStore(path: path)

        #expect(try store.isEmpty())
        #expect(try store.integrityCheck() == "ok")
        let (migrations, journal) = try DatabaseQueue(path: path).read { db in
            (try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"),
             try String.fetchOne(db, sql: "PRAGMA journal_mode"))
        }
        #expect(migrations == Self.migrations)
        #expect(journal == "wal")
        #expect(try tableNames(at: path).filter { !$0.hasPrefix("sqlite_") } ==
                ["audit_log", "grdb_migrations", "order_event", "order_line", "orders", "pack_check", "packed_order", "print_job",
                 "recount_task", "scan", "scan_exception", "scan_minute", "short_pick", "sku", "sku_barcode", "sku_bin",
                 "tracking_number", "tracking_serial", "users"])
    }

    @Test func reopeningKeepsDataAndDoesNotMigrateAgain() throws {
        let path = folder.path("tote.sqlite")
        do {
            let store = try FloorStore(path: path)
            try store.replaceAll(catalog: [Fixtures.sku(1)], orders: [Fixtures.order("#1", units: [1])])
        }
        let reopened = try FloorStore(path: path)
        #expect(try reopened.openOrderCount() == 1)
        #expect(try reopened.loadCatalog().count == 1)
        let migrations = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
        }
        #expect(migrations == Self.migrations)
    }

    @Test func newerSchemaIsRefusedAndLeftUntouched() throws {
        let path = folder.path("tote.sqlite")
        do {
            let store = try FloorStore(path: path)
            try store.replaceAll(catalog: [Fixtures.sku(1)], orders: [Fixtures.order("#1", units: [1])])
        }
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        #expect(throws: StoreError.schemaTooNew(found: StoreMigrations.supportedVersion + 1,
                                               supported: StoreMigrations.supportedVersion)) {
            _ = try FloorStore(path: path)
        }

        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let migrations = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
        }
        #expect(migrations == (Self.migrations + ["v99-from-the-future"]).sorted())
    }

    @Test func garbageFileIsRefusedWithItsPathInTheMessage() throws {
        let path = folder.path("orders.csv")
        let garbage = Data(String(repeating: "number,customer\n#1001,Ana\n", count: 100).utf8)
        try garbage.write(to: URL(fileURLWithPath: path))

        let error = #expect(throws: StoreOpenError.self) { _ = try FloorStore(path: path) }

        #expect(error?.reason == .notADatabase)
        #expect(error?.description == "\(path) is not a Tote store: it is not a SQLite database")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == garbage)
    }

    @Test func anotherProgramsDatabaseIsRefused() throws {
        let path = folder.path("contacts.sqlite")
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE contacts (name TEXT)")
        }

        let error = #expect(throws: StoreOpenError.self) { _ = try FloorStore(path: path) }

        #expect(error?.reason == .foreignDatabase)
        #expect(error?.description.contains(path) == true)
        #expect(try tableNames(at: path) == ["contacts"])
    }

    @Test func emptyStoreReportsEmptyUntilLoaded() throws {
        let store = try FloorStore(path: folder.path("tote.sqlite"))
        #expect(try store.isEmpty())
        try store.replaceAll(catalog: [Fixtures.sku(1)], orders: [])
        #expect(try !store.isEmpty())
    }
}
