import GRDB
import ToteCore

extension SQLiteOrderStore {
    /// Open orders in `Order.queueOrder` (priority descending, then ship-by, created-at and
    /// number ascending), rows `offset ..< offset + limit` of that list.
    ///
    /// Only the window is read: line and unit counts are grouped for the window's orders alone.
    public func queue(offset: Int, limit: Int) throws -> [QueueRow] {
        guard limit > 0 else { return [] }
        return try pool.read { db in
            try Row.fetchAll(db, sql: """
                WITH page AS (
                    SELECT number, customer_name, service, ship_by, created_at, status, priority, claimed_by
                    FROM orders WHERE status IN (\(OpenStatuses.placeholders))
                    ORDER BY priority DESC, ship_by, created_at, number
                    LIMIT ? OFFSET ?
                ), counts AS (
                    SELECT order_number, COUNT(*) AS line_count, SUM(quantity) AS unit_count
                    FROM order_line WHERE order_number IN (SELECT number FROM page)
                    GROUP BY order_number
                )
                SELECT page.*, COALESCE(line_count, 0) AS line_count, COALESCE(unit_count, 0) AS unit_count
                FROM page LEFT JOIN counts ON counts.order_number = page.number
                ORDER BY priority DESC, ship_by, created_at, number
                """, arguments: OpenStatuses.arguments + [limit, max(offset, 0)]
            ).map { row in
                let number: String = row["number"]
                return QueueRow(
                    number: number, customer: row["customer_name"],
                    lineCount: row["line_count"], unitCount: row["unit_count"],
                    service: try StoreDataError.decode(row["service"], column: "orders.service", key: number),
                    shipBy: row["ship_by"],
                    status: try StoreDataError.decode(row["status"], column: "orders.status", key: number),
                    priority: row["priority"], claimedBy: row["claimed_by"])
            }
        }
    }

    /// How many orders `queue` can list (the open ones).
    public func openOrderCount() throws -> Int {
        try pool.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM orders WHERE status IN (\(OpenStatuses.placeholders))",
                             arguments: OpenStatuses.arguments) ?? 0
        }
    }
}
