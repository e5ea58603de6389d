import ToteCore

extension FloorStore {
    /// Orders with one of `statuses` (every order when empty), in queue order, at most `limit`
    /// (all when nil): what `tote orders list` prints.
    public func listOrders(statuses: [OrderStatus] = [], limit: Int? = nil) throws -> [OrderListing] {
        try engine.read { db in
            let filter = statuses.isEmpty ? "" : "WHERE status IN (\(statuses.map { _ in "?" }.joined(separator: ", ")))"
            var arguments = StoreArguments(statuses.map(\.rawValue))
            arguments += [limit ?? Int.max]  // no limit, said so both engines accept
            return try StoreRow.fetchAll(db, sql: """
                SELECT o.number, o.status, o.priority, o.service, o.carrier, o.ship_by, o.created_at, o.customer_name,
                       o.claimed_by, o.claimed_at, o.changed_while_claimed_at, o.cancel_requested_at,
                       (SELECT COUNT(*) FROM order_line WHERE order_number = o.number) AS line_count,
                       (SELECT COALESCE(SUM(quantity - short_units), 0) FROM order_line WHERE order_number = o.number) AS unit_count
                FROM orders o \(filter)
                ORDER BY priority DESC, ship_by, created_at, number
                LIMIT ?
                """, arguments: arguments).map { row in
                let number: String = row["number"]
                let changed: Int64? = row["changed_while_claimed_at"]
                let cancel: Int64? = row["cancel_requested_at"]
                return OrderListing(
                    number: number,
                    status: try StoreDataError.decode(row["status"], column: "orders.status", key: number),
                    priority: row["priority"],
                    service: try StoreDataError.decode(row["service"], column: "orders.service", key: number),
                    carrier: row["carrier"], shipBy: row["ship_by"], createdAt: row["created_at"],
                    customer: row["customer_name"], lineCount: row["line_count"], unitCount: row["unit_count"],
                    claimedBy: row["claimed_by"], claimedAt: row["claimed_at"],
                    changedWhileClaimed: changed != nil, cancelRequested: cancel != nil)
            }
        }
    }
}
