import Foundation
import ToteCore
@testable import ToteStore

/// The engine the store tests run on. SQLite by default; PostgreSQL when
/// `TOTE_TEST_STORE=postgres` (the conformance pass `.ci/run` makes: the same tests against a
/// throw-away server at `TOTE_TEST_POSTGRES_URL`, password in `PGPASSWORD`).
///
/// On PostgreSQL every store path a test names becomes a schema of its own in the test
/// database, so tests run in parallel without seeing each other, and opening the same path
/// twice opens the same store (another station's connection), as on SQLite.
enum StoreUnderTest {
    static let environment = ProcessInfo.processInfo.environment

    static var isPostgres: Bool { environment["TOTE_TEST_STORE"] == "postgres" }
    static var isSQLite: Bool { !isPostgres }

    /// The test server, when one is configured (tests that need PostgreSQL whatever the engine
    /// under test, e.g. a SQLite-to-PostgreSQL copy, run when this is set).
    static var postgresURL: PostgresURL? {
        environment["TOTE_TEST_POSTGRES_URL"].flatMap { try? PostgresURL(parsing: $0) }
    }

    /// True when PostgreSQL tests must run (CI): a missing server is then a failure, not a skip.
    static var postgresRequired: Bool { environment["TOTE_REQUIRE_POSTGRES"] == "1" }

    /// The store at `path` on the engine under test.
    static func open(_ path: String) throws -> FloorStore {
        guard isPostgres else { return try FloorStore(path: path) }
        return try openPostgres(path)
    }

    /// The store for `path` in its own schema of the test database.
    static func openPostgres(_ path: String) throws -> FloorStore {
        guard let url = postgresURL else {
            throw TestSetupError("TOTE_TEST_STORE=postgres needs TOTE_TEST_POSTGRES_URL (and PGPASSWORD)")
        }
        // A PostgreSQL store's own `path` ("postgres://… (schema t_…)") opens that store again.
        let schema = path.hasPrefix("postgres") ? String(path.split(separator: " ").last?.dropLast() ?? "")
                                                : schemaName(for: path)
        try FloorStore.createSchema(schema, in: url)
        return try FloorStore(postgres: url, schema: schema)
    }

    /// Makes every insert into `table` fail (where `condition` holds for the new row, written
    /// with `NEW.`), in the engine's own trigger language: a stand-in for a crash or a full
    /// disk at that write.
    static func failInserts(into table: String, when condition: String? = nil, _ store: FloorStore) throws {
        try store.engine.write { db in
            switch db.dialect {
            case .sqlite:
                try db.execute(sql: """
                    CREATE TRIGGER fail_\(table) BEFORE INSERT ON \(table) \(condition.map { "WHEN \($0)" } ?? "")
                    BEGIN SELECT RAISE(ABORT, 'disk gone'); END
                    """)
            case .postgres:
                try db.execute(sql: """
                    CREATE FUNCTION fail_\(table)() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN RAISE EXCEPTION 'disk gone'; END $$;
                    CREATE TRIGGER fail_\(table) BEFORE INSERT ON \(table) FOR EACH ROW
                    \(condition.map { "WHEN (\($0))" } ?? "") EXECUTE FUNCTION fail_\(table)();
                    """)
            }
        }
    }

    /// `t_` and 24 hex digits of the path's digest: stable per path, distinct across tests.
    static func schemaName(for path: String) -> String {
        "t_" + SHA256.hash(Array(path.utf8)).prefix(12).map { String(format: "%02x", $0) }.joined()
    }
}

struct TestSetupError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
