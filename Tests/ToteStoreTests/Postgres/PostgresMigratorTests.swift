import Foundation
import Testing
@testable import ToteStore

@Suite(.enabled(if: PostgresEngineTestServer.enabled, "\(PostgresEngineTestServer.skipMessage)"))
struct PostgresMigratorTests {
    /// A stand-in for PostgresMigrations.all: statements that fail if run twice.
    static let migrations: [(identifier: String, sql: String)] = [
        ("v1-bins", """
            CREATE TABLE bin (code TEXT PRIMARY KEY, aisle BIGINT NOT NULL);
            INSERT INTO bin VALUES ('A1-B1', 1);
            """),
        ("v2-sku", """
            CREATE TABLE sku (code TEXT PRIMARY KEY, bin TEXT REFERENCES bin (code));
            -- seeded once; a second run breaks the primary key
            INSERT INTO sku VALUES ('SKU-1', 'A1-B1');
            """),
    ]

    @Test func appliesOnceAndIsIdempotent() throws {
        try PostgresEngineTestServer.withScratchSchema { engine, _ in
            let migrator = PostgresMigrator(Self.migrations)
            #expect(try migrator.migrate(engine, nowMilliseconds: { 1_700_000_000_000 }) == ["v1-bins", "v2-sku"])
            #expect(try migrator.migrate(engine) == [])
            #expect(try migrator.appliedIdentifiers(engine) == ["v1-bins", "v2-sku"])
            let stamp = try engine.read { db in try Int64.fetchOne(db, sql: "SELECT min(applied_at_ms) FROM tote_migrations") }
            #expect(stamp == 1_700_000_000_000)
            let grown = PostgresMigrator(Self.migrations + [("v3-note", "ALTER TABLE sku ADD COLUMN note TEXT")])
            #expect(try grown.migrate(engine) == ["v3-note"])
        }
    }

    @Test func fourStationsStartingAtOnceApplyEachMigrationOnce() throws {
        try PostgresEngineTestServer.withScratchSchema { engine, schema in
            let url = try PostgresEngineTestServer.url()
            let password = try PostgresEngineTestServer.password()
            let applied = PostgresTestCollected()
            let failures = PostgresTestCollected()
            DispatchQueue.concurrentPerform(iterations: 4) { _ in
                let station = PostgresEngine(url: url, password: password, maxConnections: 1, schema: schema)
                defer { station.close() }
                do {
                    applied.add(try PostgresMigrator(Self.migrations).migrate(station))
                } catch {
                    failures.add(["\(error)"])
                }
            }
            #expect(failures.items == [])
            #expect(applied.items.sorted() == ["v1-bins", "v2-sku"])
            let skus = try engine.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sku") }
            #expect(skus == 1)
        }
    }

    @Test func refusesADatabaseMigratedByANewerBuild() throws {
        try PostgresEngineTestServer.withScratchSchema { engine, _ in
            try PostgresMigrator(Self.migrations).migrate(engine)
            try engine.write { db in
                try db.execute(sql: "INSERT INTO tote_migrations VALUES (?, ?)", arguments: ["v9-future", 1])
            }
            #expect(throws: PostgresMigrationError.schemaTooNew(
                appliedCount: 3, supportedCount: 2, unknownIdentifiers: ["v9-future"])) {
                try PostgresMigrator(Self.migrations).migrate(engine)
            }
        }
    }

    @Test func refusesAForeignDatabaseAndTouchesNothing() throws {
        try PostgresEngineTestServer.withScratchSchema { engine, _ in
            try engine.write { db in try db.execute(sql: "CREATE TABLE payroll (id BIGINT)") }
            #expect {
                try PostgresMigrator(Self.migrations).migrate(engine)
            } throws: { error in
                guard case .foreignDatabase(_, let tables) = error as? PostgresMigrationError else { return false }
                return tables == ["payroll"] && "\(error)".contains("not a Tote store")
            }
            let tables = try engine.read { db in
                try String.fetchAll(db, sql: "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
            }
            #expect(tables == ["payroll"])
        }
    }

    @Test func aFailingMigrationLeavesNoTrace() throws {
        try PostgresEngineTestServer.withScratchSchema { engine, _ in
            let broken = Self.migrations + [("v3-broken", "CREATE TABLE half (x INT); SELECT no_such_function();")]
            #expect(throws: PostgresStatementError.self) { try PostgresMigrator(broken).migrate(engine) }
            #expect(try PostgresMigrator(broken).appliedIdentifiers(engine) == ["v1-bins", "v2-sku"])
            let half = try engine.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'half'")
            }
            #expect(half == 0)
        }
    }
}

final class PostgresTestCollected: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func add(_ more: [String]) { lock.lock(); list += more; lock.unlock() }
    var items: [String] { lock.lock(); defer { lock.unlock() }; return list }
}
