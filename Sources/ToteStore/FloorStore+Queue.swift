import ToteCore

extension FloorStore {
    /// The orders `query` selects: at-risk first (ship-by before `atRiskBefore`, seconds), then
    /// priority descending, ship-by, created-at and number ascending; rows
    /// `offset ..< offset + limit` of that list.
    ///
    /// Only the window is read: line and unit counts are grouped for the window's orders alone.
    public func queue(_ query: QueueQuery, atRiskBefore: Int64, offset: Int, limit: Int) throws -> [QueueRow] {
        guard limit > 0, !query.statuses.isEmpty else { return [] }
        let filter = QueueFilterSQL(query)
        // At-risk orders and the rest are read as two index-ordered runs (each needs at most
        // `offset + limit` rows) and then merged: ordering by a computed risk column instead
        // would sort every open order on each screen refresh.
        let depth = max(offset, 0) + limit
        let columns = "number, customer_name, service, ship_by, created_at, status, priority, claimed_by"
        let order = "priority DESC, ship_by, created_at, number"
        return try engine.read { db in
            try StoreRow.fetchAll(db, sql: """
                WITH page AS (
                    SELECT * FROM (SELECT \(columns), 0 AS risk FROM orders
                                   WHERE \(filter.clause) AND ship_by < ? ORDER BY \(order) LIMIT ?) AS soon
                    UNION ALL
                    SELECT * FROM (SELECT \(columns), 1 AS risk FROM orders
                                   WHERE \(filter.clause) AND ship_by >= ? ORDER BY \(order) LIMIT ?) AS later
                    ORDER BY risk, \(order)
                    LIMIT ? OFFSET ?
                ), counts AS (
                    SELECT order_number, COUNT(*) AS line_count, SUM(quantity - short_units) AS unit_count
                    FROM order_line WHERE order_number IN (SELECT number FROM page) AND requires_shipping = 1
                    GROUP BY order_number
                )
                SELECT page.*, COALESCE(line_count, 0) AS line_count, COALESCE(unit_count, 0) AS unit_count
                FROM page LEFT JOIN counts ON counts.order_number = page.number
                ORDER BY risk, \(order)
                """, arguments: filter.arguments + [atRiskBefore, depth] + filter.arguments + [atRiskBefore, depth]
                    + [limit, max(offset, 0)]
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

    /// How many orders `query` selects.
    public func count(_ query: QueueQuery) throws -> Int {
        guard !query.statuses.isEmpty else { return 0 }
        let filter = QueueFilterSQL(query)
        return try engine.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM orders WHERE \(filter.clause)",
                             arguments: filter.arguments) ?? 0
        }
    }

    /// Orders per status (every status that has at least one order).
    public func statusCounts() throws -> [OrderStatus: Int] {
        try engine.read { db in
            var out: [OrderStatus: Int] = [:]
            for row in try StoreRow.fetchAll(db, sql: "SELECT status, COUNT(*) AS n FROM orders GROUP BY status") {
                let name: String = row["status"]
                if let status = OrderStatus(rawValue: name) { out[status] = row["n"] }
            }
            return out
        }
    }
}

/// The WHERE clause and its arguments for a `QueueQuery`; every value is bound, never spliced.
struct QueueFilterSQL {
    var clause: String
    var arguments: StoreArguments

    init(_ query: QueueQuery) {
        var parts = ["status IN (" + query.statuses.map { _ in "?" }.joined(separator: ", ") + ")"]
        var args = StoreArguments(query.statuses.map(\.rawValue))
        if let carrier = query.carrier {
            parts.append("lower(carrier) = lower(?)")
            args += [carrier]
        }
        if let service = query.service {
            parts.append("service = ?")
            args += [service.rawValue]
        }
        if let channel = query.channel {
            parts.append("lower(channel) = lower(?)")
            args += [channel]
        }
        if query.flaggedOnly {
            parts.append("(changed_while_claimed_at IS NOT NULL OR cancel_requested_at IS NOT NULL)")
        }
        if let search = query.search?.trimmingCharacters(in: .whitespaces), !search.isEmpty {
            let number = search.hasPrefix("#") ? search : "#" + search
            // lower() on both sides: SQLite's LIKE ignores ASCII case, PostgreSQL's does not.
            parts.append("(lower(number) LIKE lower(?) ESCAPE '\\' OR lower(number) LIKE lower(?) ESCAPE '\\' "
                         + "OR lower(customer_name) LIKE lower(?) ESCAPE '\\')")
            args += [Self.escaped(search) + "%", Self.escaped(number) + "%", "%" + Self.escaped(search) + "%"]
        }
        clause = parts.joined(separator: " AND ")
        arguments = args
    }

    /// Escapes LIKE's wildcards so a customer's `%` or `_` is matched literally.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
