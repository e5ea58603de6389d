import Foundation

/// Brings a PostgreSQL database up to this build's schema: applies each migration it has not
/// applied yet, in list order, each in its own transaction together with its bookkeeping row in
/// `tote_migrations(identifier TEXT PRIMARY KEY, applied_at_ms BIGINT NOT NULL)`.
///
/// Several stations may start at once: every migration transaction first takes the transaction
/// advisory lock ``lockKey`` and re-checks, so each migration runs exactly once. The
/// transactions run `READ COMMITTED` so that, once the lock is granted, they see what the
/// previous holder committed.
public struct PostgresMigrator: Sendable {
    /// The advisory lock every migrating station takes (`pg_advisory_xact_lock`): "totemigr".
    public static let lockKey: Int64 = 0x746F_7465_6D69_6772

    /// The migrations this build knows, oldest first: identifier and a script of `;`-separated
    /// statements without parameters.
    public let migrations: [(identifier: String, sql: String)]

    public init(_ migrations: [(identifier: String, sql: String)]) {
        self.migrations = migrations
    }

    /// Applies the missing migrations and returns their identifiers (empty when up to date).
    /// - Parameter nowMilliseconds: the clock for `applied_at_ms`, milliseconds since 1970.
    /// - Throws: `PostgresMigrationError.schemaTooNew` when the database holds migrations this
    ///   build does not know (a newer station migrated it); `.foreignDatabase` when it has tables
    ///   but no `tote_migrations` (not a Tote store: nothing is touched); engine errors
    ///   (`StoreUnavailable`, `PostgresStatementError`) otherwise, the failed migration rolled back.
    @discardableResult
    public func migrate(
        _ engine: PostgresEngine,
        nowMilliseconds: @escaping () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1000) }
    ) throws -> [String] {
        let applied = try engine.write(isolation: .readCommitted) { db in
            try lock(db)
            try createBookkeepingIfNew(db, engine: engine)
            return try appliedIdentifiers(db)
        }
        try checkKnown(applied)
        var newlyApplied: [String] = []
        for migration in migrations where !applied.contains(migration.identifier) {
            let ran = try engine.write(isolation: .readCommitted) { db -> Bool in
                try lock(db)
                let present = try appliedIdentifiers(db)
                try checkKnown(present)
                if present.contains(migration.identifier) { return false }  // Another station was first.
                try db.execute(sql: migration.sql)
                try db.execute(
                    sql: "INSERT INTO tote_migrations (identifier, applied_at_ms) VALUES (?, ?)",
                    arguments: [migration.identifier, nowMilliseconds()])
                return true
            }
            if ran { newlyApplied.append(migration.identifier) }
        }
        return newlyApplied
    }

    /// The identifiers the database has applied, in the order they were applied; empty for a
    /// database without `tote_migrations`.
    public func appliedIdentifiers(_ engine: PostgresEngine) throws -> [String] {
        try engine.read { db in
            try hasBookkeeping(db) ? appliedIdentifiers(db) : []
        }
    }

    private func lock(_ db: StoreDatabase) throws {
        _ = try StoreRow.fetchOne(db, sql: "SELECT pg_advisory_xact_lock(?)", arguments: [Self.lockKey])
    }

    private func hasBookkeeping(_ db: StoreDatabase) throws -> Bool {
        try Int64.fetchOne(db, sql: """
            SELECT count(*) FROM information_schema.tables
            WHERE table_schema = current_schema() AND table_name = 'tote_migrations'
            """) ?? 0 > 0
    }

    private func createBookkeepingIfNew(_ db: StoreDatabase, engine: PostgresEngine) throws {
        if try hasBookkeeping(db) { return }
        let tables = try String.fetchAll(db, sql: """
            SELECT table_name FROM information_schema.tables
            WHERE table_schema = current_schema() ORDER BY table_name
            """)
        if !tables.isEmpty {
            throw PostgresMigrationError.foreignDatabase(database: engine.url.description, tables: tables)
        }
        try db.execute(sql: "CREATE TABLE tote_migrations (identifier TEXT PRIMARY KEY, applied_at_ms BIGINT NOT NULL)")
    }

    private func appliedIdentifiers(_ db: StoreDatabase) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT identifier FROM tote_migrations ORDER BY applied_at_ms, identifier")
    }

    private func checkKnown(_ applied: [String]) throws {
        let known = Set(migrations.map(\.identifier))
        let unknown = applied.filter { !known.contains($0) }
        if !unknown.isEmpty {
            throw PostgresMigrationError.schemaTooNew(
                appliedCount: applied.count, supportedCount: migrations.count, unknownIdentifiers: unknown)
        }
    }
}

/// Why a PostgreSQL database cannot be migrated.
public enum PostgresMigrationError: Error, Equatable, CustomStringConvertible {
    /// The database was migrated by a newer build: it has applied `appliedCount` migrations,
    /// `unknownIdentifiers` among them, and this build knows `supportedCount`.
    case schemaTooNew(appliedCount: Int, supportedCount: Int, unknownIdentifiers: [String])
    /// The database holds `tables` but no `tote_migrations`: it is not a Tote store.
    case foreignDatabase(database: String, tables: [String])

    public var description: String {
        switch self {
        case .schemaTooNew(let applied, let supported, let unknown):
            return "The PostgreSQL store was set up by a newer Tote: it has \(applied) migrations applied, "
                + "including \(unknown.joined(separator: ", ")) which this build does not know (it knows \(supported)). "
                + "Update this station to the newer Tote."
        case .foreignDatabase(let database, let tables):
            let shown = tables.prefix(5).joined(separator: ", ") + (tables.count > 5 ? ", …" : "")
            return "The database \(database) already holds tables (\(shown)) but no tote_migrations table, so it is not "
                + "a Tote store; nothing was changed. Point the station at an empty database (createdb) or at its Tote store."
        }
    }
}
