import Foundation
import ToteCore

extension FloorStore {
    /// Opens the store in the PostgreSQL database at `url`, bringing its schema up to date
    /// (`PostgresMigrations`, the same history as the SQLite store's migrations).
    ///
    /// The password comes from `PGPASSWORD` or the password file (`PGPASSFILE`, else
    /// `~/.pgpass`), never from the URL. Safe to call from several stations at once: the
    /// migrations take an advisory lock.
    /// - Parameters:
    ///   - schema: the schema the tables live in; nil for the role's default. Tests give each
    ///     store its own schema in one database.
    ///   - connectTimeoutSeconds: how long a connection attempt may take before the server is
    ///     taken as unreachable (`StoreUnavailable`).
    /// - Throws: `StoreUnavailable` when the server does not answer; `StoreError.schemaTooNew`
    ///   when a newer Tote migrated the database; `PostgresMigrationError.foreignDatabase` for a
    ///   database that is not a Tote store; `PostgresPassFileError` for an unusable password file.
    /// - Parameter offlineStart: when the server does not answer, open anyway and migrate when it
    ///   answers again (`ping()`); a station started during a network drop works offline from its
    ///   journal. Otherwise an unreachable server is `StoreUnavailable`.
    public convenience init(postgres url: PostgresURL,
                            environment: [String: String] = ProcessInfo.processInfo.environment,
                            schema: String? = nil, connectTimeoutSeconds: Double = 3, offlineStart: Bool = false) throws {
        let password = try url.password(environment: environment)
        let engine = PostgresEngine(url: url, password: password, connectTimeoutSeconds: connectTimeoutSeconds,
                                    schema: schema)
        let migration = PendingMigration { try Self.migrate(engine) }
        do {
            try migration.runIfPending()
        } catch is StoreUnavailable where offlineStart {
            // Left pending: `ping()` runs it first.
        }
        self.init(path: url.description + (schema.map { " (schema \($0))" } ?? ""), engine: engine, filePool: nil,
                  pendingMigration: migration)
    }

    private static func migrate(_ engine: PostgresEngine) throws {
        do {
            try PostgresMigrator(PostgresMigrations.all).migrate(engine)
        } catch PostgresMigrationError.schemaTooNew(let applied, let supported, _) {
            throw StoreError.schemaTooNew(found: applied, supported: supported)
        }
    }

    /// Creates schema `name` in the database at `url` when it is missing, so several stores
    /// (tests, or floors that share a server) can live in one database.
    /// - Parameter name: lower-case letters, digits and `_`, starting with a letter.
    public static func createSchema(_ name: String, in url: PostgresURL,
                                    environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        checkSchemaName(name)
        // IF NOT EXISTS alone races: two stores opening at once both try to create it.
        try administer(url, environment, "SELECT pg_advisory_xact_lock(7470617); CREATE SCHEMA IF NOT EXISTS \(name)")
    }

    /// Drops schema `name` and everything in it (a bench's or a test's own schema).
    public static func dropSchema(_ name: String, in url: PostgresURL,
                                  environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        checkSchemaName(name)
        try administer(url, environment, "DROP SCHEMA IF EXISTS \(name) CASCADE")
    }

    /// Opens the store at `location`; `offlineStart` as in `init(postgres:…)` (a file store is
    /// always there).
    public static func open(_ location: StoreLocation, offlineStart: Bool = false) throws -> FloorStore {
        switch location {
        case .file(let path): return try FloorStore(path: path)
        case .postgres(let url): return try FloorStore(postgres: url, offlineStart: offlineStart)
        }
    }

    /// Asks the server for nothing: throws `StoreUnavailable` while a PostgreSQL server does
    /// not answer. Always answers on SQLite. A store opened offline is migrated here first.
    public func ping() throws {
        try pendingMigration?.runIfPending()
        _ = try engine.read { db in try Int.fetchOne(db, sql: "SELECT 1") }
    }

    /// True while the store was opened offline and has not reached its server yet.
    public var isWaitingForServer: Bool { pendingMigration?.isPending ?? false }

    /// The PostgreSQL engine, for what only it does (LISTEN/NOTIFY); nil on SQLite.
    public var postgresEngine: PostgresEngine? { engine as? PostgresEngine }

    /// Runs `script` in one transaction on a connection of its own, closed afterwards.
    private static func administer(_ url: PostgresURL, _ environment: [String: String], _ script: String) throws {
        let engine = PostgresEngine(url: url, password: try url.password(environment: environment))
        defer { engine.close() }
        try engine.write(isolation: .readCommitted) { db in try db.execute(sql: script) }
    }

    /// Schema names are interpolated into SQL: only a plain identifier may get there.
    private static func checkSchemaName(_ name: String) {
        precondition(name.first?.isLetter == true
                     && name.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") },
                     "a schema name is lower-case letters, digits and _")
    }
}
