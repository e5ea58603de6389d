import Foundation
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
    /// Seconds since 1970.
    var paidAt: Int64?
    var customer: Customer?
    var isGift: Bool
    var giftMessage: String?
    var notes: String?
    var tags: [String]
    var currency: String?
    /// `OrderDigest` of the order as last imported; nil for orders the demo loader wrote.
    var importDigest: Int64?
    /// Milliseconds since 1970.
    var changedWhileClaimedAt: Int64?
    var pendingJSON: String?
    var pendingDigest: Int64?
    /// Milliseconds since 1970.
    var cancelRequestedAt: Int64?
    /// What the parcel weighed at the pack station, grams.
    var weighedGrams: Int?
    var chosenService: String?

    init(row: StoreRow) throws {
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
        paidAt = row["paid_at"]
        let email: String? = row["customer_email"]
        let first: Bool? = row["customer_first_order"]
        let customerTags = try StoreJSON.strings(row["customer_tags_json"], column: "orders.customer_tags_json", key: number)
        customer = email != nil || first != nil || !customerTags.isEmpty
            ? Customer(email: email, isFirstOrder: first ?? false, tags: customerTags) : nil
        isGift = row["gift"]
        giftMessage = row["gift_message"]
        notes = row["notes"]
        tags = try StoreJSON.strings(row["tags_json"], column: "orders.tags_json", key: number)
        currency = row["currency"]
        importDigest = row["import_digest"]
        changedWhileClaimedAt = row["changed_while_claimed_at"]
        pendingJSON = row["pending_json"]
        pendingDigest = row["pending_digest"]
        cancelRequestedAt = row["cancel_requested_at"]
        weighedGrams = row["weighed_g"]
        chosenService = row["chosen_service"]
    }

    static func fetch(_ db: StoreDatabase, number: String) throws -> OrderRecord? {
        try StoreRow.fetchOne(db.cachedStatement(sql: "SELECT * FROM orders WHERE number = ?"), arguments: [number])
            .map(OrderRecord.init(row:))
    }

    func order(lines: [OrderLine]) -> Order {
        Order(number: number, channel: channel, priority: priority, service: service, carrier: carrier,
              shipBy: shipBy, createdAt: createdAt, shipTo: shipTo, lines: lines, status: status,
              paidAt: paidAt, customer: customer, isGift: isGift, giftMessage: giftMessage, notes: notes,
              tags: tags, currency: currency)
    }

    /// The import flags of this order.
    var flags: OrderFlags {
        OrderFlags(changedWhileClaimedAt: changedWhileClaimedAt,
                   pendingChange: pendingJSON.flatMap { try? JSONDecoder().decode(Order.self, from: Data($0.utf8)) },
                   cancelRequestedAt: cancelRequestedAt)
    }

    /// The values of the order's own columns, in `orderColumns` order.
    static func values(_ order: Order) throws -> [(any StoreValueConvertible)?] {
        [order.channel, order.priority, order.service.rawValue, order.carrier, order.shipBy, order.createdAt,
         try StoreJSON.text(order.shipTo), order.shipTo.name, order.paidAt, order.customer?.email,
         order.customer?.isFirstOrder, order.isGift, order.giftMessage, order.notes,
         order.tags.isEmpty ? nil : try StoreJSON.text(order.tags), order.currency,
         (order.customer?.tags ?? []).isEmpty ? nil : try StoreJSON.text(order.customer?.tags ?? [])]
    }

    static let orderColumns = ["channel", "priority", "service", "carrier", "ship_by", "created_at", "ship_to_json",
                               "customer_name", "paid_at", "customer_email", "customer_first_order", "gift",
                               "gift_message", "notes", "tags_json", "currency", "customer_tags_json"]

    /// Inserts the header of `order` unclaimed; its lines go in with `OrderLineRecord.insert`.
    /// - Parameter digest: the `OrderDigest` when the order comes from an import.
    static func insert(_ order: Order, digest: Int64? = nil, _ db: StoreDatabase) throws {
        let columns = ["number", "status", "import_digest"] + orderColumns
        let sql = "INSERT INTO orders (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
        let values: [(any StoreValueConvertible)?] = [order.number, order.status.rawValue, digest] + (try values(order))
        try db.cachedStatement(sql: sql).execute(arguments: StoreArguments(values))
    }

    /// Replaces the imported fields of an order that no station has started, clearing its flags.
    static func update(_ order: Order, digest: Int64, _ db: StoreDatabase) throws {
        let sets = orderColumns.map { "\($0) = ?" }.joined(separator: ", ")
        let sql = """
            UPDATE orders SET \(sets), import_digest = ?, changed_while_claimed_at = NULL, pending_json = NULL,
                pending_digest = NULL WHERE number = ?
            """
        let values: [(any StoreValueConvertible)?] = (try values(order)) + [digest, order.number]
        try db.cachedStatement(sql: sql).execute(arguments: StoreArguments(values))
    }
}
