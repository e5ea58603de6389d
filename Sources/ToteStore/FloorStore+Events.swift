import ToteCore

/// One status change of an order, as `order_event` logs it.
public struct OrderStatusEvent: Equatable, Sendable {
    /// Milliseconds since 1970.
    public let at: Int64
    public let station: String
    public let from: String
    public let to: String
}

extension FloorStore {
    /// Every status change logged for order `number`, oldest first (claims are the changes
    /// to `picking`).
    public func statusEvents(order number: String) throws -> [OrderStatusEvent] {
        try engine.read { db in
            try StoreRow.fetchAll(db, sql: """
                SELECT at_ms, station, from_status, to_status FROM order_event WHERE order_number = ? ORDER BY id
                """, arguments: [number]).map {
                OrderStatusEvent(at: $0["at_ms"], station: $0["station"], from: $0["from_status"], to: $0["to_status"])
            }
        }
    }
}
