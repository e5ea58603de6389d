import Foundation
import GRDB
import ToteCore

/// One row of `orders`: the order header plus its station state (status, claim, label).
struct OrderRecord {
    var number: String
    var channel: String
    var priority: Int
    var service: ServiceLevel
    var carrier: String
    /// Seconds since 1970.
    var shipBy: Int64
    /// Seconds since 1970.
    var createdAt: Int64
    var status: OrderStatus
    var claimedBy: String?
    /// Milliseconds since 1970.
    var claimedAt: Int64?
    var labelPath: String?
    /// Milliseconds since 1970.
    var packedAt: Int64?
    var shipTo: ShipTo

    init(row: Row) throws {
        number = row["number"]
        channel = row["channel"]
        priority = row["priority"]
        service = try StoreDataError.decode(row["service"], column: "orders.service", key: number)
        carrier = row["carrier"]
        shipBy = row["ship_by"]
        createdAt = row["created_at"]
        status = try StoreDataError.decode(row["status"], column: "orders.status", key: number)
        claimedBy = row["claimed_by"]
        claimedAt = row["claimed_at"]
        labelPath = row["label_path"]
        packedAt = row["packed_at"]
        let json: String = row["ship_to_json"]
        do {
            shipTo = try JSONDecoder().decode(ShipTo.self, from: Data(json.utf8))
        } catch {
            throw StoreDataError(column: "orders.ship_to_json", value: json, key: number)
        }
    }

    static func fetch(_ db: Database, number: String) throws -> OrderRecord? {
        try Row.fetchOne(db, sql: "SELECT * FROM orders WHERE number = ?", arguments: [number])
            .map(OrderRecord.init(row:))
    }

    func order(lines: [OrderLine]) -> Order {
        Order(number: number, channel: channel, priority: priority, service: service, carrier: carrier,
              shipBy: shipBy, createdAt: createdAt, shipTo: shipTo, lines: lines, status: status)
    }

    /// Inserts the header of `order` unclaimed; its lines go in with `OrderLineRecord.insert`.
    static func insert(_ order: Order, _ db: Database) throws {
        // Sorted keys keep the stored text stable, so equal addresses compare equal in SQL too.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let shipToJSON = String(decoding: try encoder.encode(order.shipTo), as: UTF8.self)
        try db.cachedStatement(sql: """
            INSERT INTO orders (number, channel, priority, service, carrier, ship_by, created_at,
                                status, ship_to_json, customer_name)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                order.number, order.channel, order.priority, order.service.rawValue, order.carrier,
                order.shipBy, order.createdAt, order.status.rawValue, shipToJSON, order.shipTo.name,
            ])
    }
}
