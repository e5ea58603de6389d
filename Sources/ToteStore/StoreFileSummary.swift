import GRDB

/// What a store file holds, as `tote backup` and `tote restore` report it.
public struct StoreFileSummary: Equatable, Sendable, CustomStringConvertible {
    /// Schema version (number of migrations applied).
    public let schemaVersion: Int
    public let orders: Int
    public let skus: Int
    /// Rows in the scan log.
    public let scans: Int
    /// Size of the file in bytes.
    public let bytes: Int

    public var description: String {
        "\(orders) orders, \(skus) SKUs, \(scans) scans, schema v\(schemaVersion), \(bytes) bytes, integrity ok"
    }

    /// Counts the rows of a checked Tote store.
    static func read(_ db: Database, bytes: Int) throws -> StoreFileSummary {
        let applied = try StoreMigrations.makeMigrator().appliedIdentifiers(db)
        return StoreFileSummary(schemaVersion: StoreMigrations.version(ofApplied: applied),
                                orders: try Int.fetchOne(db, sql: "SELECT count(*) FROM orders") ?? 0,
                                skus: try Int.fetchOne(db, sql: "SELECT count(*) FROM sku") ?? 0,
                                scans: try Int.fetchOne(db, sql: "SELECT count(*) FROM scan") ?? 0,
                                bytes: bytes)
    }
}
