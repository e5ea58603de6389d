import Foundation
import GRDB
import ToteCore

/// The `OrderStore` (and the other store ports) over one database shared safely by several
/// station processes: a SQLite file on one host, or a PostgreSQL server for a floor of hosts.
///
/// The logic and its SQL are written once, against `StoreDatabase`; the engine (`SQLiteEngine`,
/// `PostgresEngine`) runs each method as one transaction. On SQLite (WAL, through a GRDB
/// `DatabasePool`) readers never block the writer and every write is one `BEGIN IMMEDIATE`
/// transaction; on PostgreSQL every write is `SERIALIZABLE` and retried on a serialization
/// failure, and claims lock with `FOR UPDATE SKIP LOCKED`. Either way a claim or a count change
/// commits whole or not at all.
///
/// Units: `now` and `ScanRecord.at` are milliseconds since 1970; `Order.shipBy` and
/// `Order.createdAt` are seconds since 1970, stored as given.
///
/// Invariants kept by the schema and the guarded updates:
/// - only an open order (`OrderStatus.isOpen`) carries a claim, and at most one station's;
/// - `0 <= picked, packed <= quantity` on every line;
/// - every status change is logged in `order_event` in the same transaction.
public final class FloorStore: OrderStore {
    /// The SQLite file, or the PostgreSQL server as `postgres://user@host:port/db` (no password):
    /// where the store is, for messages.
    public let path: String
    /// The SQLite pool, for what only a file store does (backup, integrity check, fault tests);
    /// nil on PostgreSQL.
    let filePool: DatabasePool?
    /// Where every transaction of the store's logic runs.
    let engine: any StoreEngine

    /// Migrations not yet applied because the server did not answer when the store was opened
    /// (a station started offline); `ping()` applies them before the server is used again.
    let pendingMigration: PendingMigration?

    init(path: String, engine: any StoreEngine, filePool: DatabasePool?, pendingMigration: PendingMigration? = nil) {
        self.path = path
        self.engine = engine
        self.filePool = filePool
        self.pendingMigration = pendingMigration
    }

    /// The SQLite pool for a file-only feature; on PostgreSQL, an error naming the tool to use.
    func pool(for feature: String, instead: String) throws -> DatabasePool {
        guard let filePool else { throw StoreEngineMismatch(feature: feature, store: path, instead: instead) }
        return filePool
    }

    /// True when the store holds no orders and no SKUs.
    public func isEmpty() throws -> Bool {
        try engine.read { db in
            try Bool.fetchOne(db, sql: """
                SELECT NOT EXISTS (SELECT 1 FROM orders) AND NOT EXISTS (SELECT 1 FROM sku)
                """) ?? true
        }
    }
}
