import ToteCore

/// The `order_event` audit: one row per status change, written in the same transaction as
/// the change.
enum OrderEventRecord {
    /// - Parameter atMillis: milliseconds since 1970.
    static func insert(order number: String, from: OrderStatus, to: OrderStatus, station: String,
                       atMillis: Int64, _ db: StoreDatabase) throws {
        try db.cachedStatement(sql: """
            INSERT INTO order_event (order_number, at_ms, station, from_status, to_status) VALUES (?, ?, ?, ?, ?)
            """).execute(arguments: [number, atMillis, station, from.rawValue, to.rawValue])
    }
}
