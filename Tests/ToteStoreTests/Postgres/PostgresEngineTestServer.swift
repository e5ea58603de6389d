import Foundation
import Testing
@testable import ToteStore

/// The PostgreSQL server the server tests use: `TOTE_TEST_POSTGRES_URL` (password from
/// `PGPASSWORD` or the password file). Without it those tests are skipped, unless
/// `TOTE_REQUIRE_POSTGRES=1` (CI with a server): then they fail. Each test gets a schema of its
/// own, dropped afterwards, so the tests run in parallel and leave the database as it was.
enum PostgresEngineTestServer {
    static let environment = ProcessInfo.processInfo.environment
    static let urlText = environment["TOTE_TEST_POSTGRES_URL"]
    static let required = environment["TOTE_REQUIRE_POSTGRES"] == "1"
    /// Whether server tests run at all (skipped when false).
    static let enabled = urlText != nil || required
    static let skipMessage = "set TOTE_TEST_POSTGRES_URL (and PGPASSWORD) to run the PostgreSQL server tests"

    static func url() throws -> PostgresURL {
        guard let urlText else {
            Issue.record("TOTE_REQUIRE_POSTGRES=1 but TOTE_TEST_POSTGRES_URL is not set")
            throw Skipped()
        }
        return try PostgresURL(parsing: urlText)
    }

    static func password() throws -> String? { try url().password() }

    /// An engine on a fresh schema; the schema is dropped after `body`.
    @discardableResult
    static func withScratchSchema<T>(maxConnections: Int = 4, _ body: (PostgresEngine, String) throws -> T) throws -> T {
        let url = try url()
        let schema = "tote_test_" + UUID().uuidString.prefix(8).lowercased()
        let admin = PostgresEngine(url: url, password: try password(), maxConnections: 1)
        defer { admin.close() }
        try admin.write { db in try db.execute(sql: "CREATE SCHEMA \(schema)") }
        defer { _ = try? admin.write { db in try db.execute(sql: "DROP SCHEMA \(schema) CASCADE") } }
        let engine = PostgresEngine(url: url, password: try password(), maxConnections: maxConnections, schema: schema)
        defer { engine.close() }
        return try body(engine, schema)
    }

    struct Skipped: Error {}
}
