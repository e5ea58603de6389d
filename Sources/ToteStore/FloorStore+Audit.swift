import ToteCore

extension FloorStore {
    /// Order `number`'s history, oldest first (ties in time keep the order they were written in).
    public func audit(order number: String) throws -> [AuditEntry] {
        try engine.read { db in try AuditEntry.fetchAll(db, order: number) }
    }

    /// The whole log, oldest first, at most `limit` rows from the newest end.
    public func auditLog(limit: Int = 1000) throws -> [AuditEntry] {
        try engine.read { db in
            try StoreRow.fetchAll(db, sql: """
                SELECT * FROM (SELECT id, at_ms, station, actor, action, order_number, before, after FROM audit_log
                               ORDER BY id DESC LIMIT ?) AS newest ORDER BY id
                """, arguments: [limit]).map(AuditEntry.init(row:))
        }
    }
}
