/// One order in Tote's native JSON / JSON Lines import format (see config/import/README.md).
/// A superset of the demo's `orders.json`: that file imports as it is.
struct NativeOrder: Decodable {
    var number: String
    var channel: String?
    var priority: Int?
    var service: ServiceLevel?
    var carrier: String?
    var shippingMethod: String?
    var createdAt: NativeTime
    var paidAt: NativeTime?
    var shipBy: NativeTime?
    var cancelled: Bool?
    var fulfilled: Bool?
    var customer: Customer?
    var gift: Bool?
    var giftMessage: String?
    var notes: String?
    var tags: [String]?
    var currency: String?
    var shipTo: ShipTo?
    var lines: [NativeLine]

    enum CodingKeys: String, CodingKey {
        case number, channel, priority, service, carrier, shippingMethod = "shipping_method"
        case createdAt = "created_at", paidAt = "paid_at", shipBy = "ship_by", cancelled, fulfilled, customer
        case gift, giftMessage = "gift_message", notes, tags, currency, shipTo = "ship_to", lines
    }
}

struct NativeLine: Decodable {
    var line: Int?
    var sku: String?
    var name: String
    var quantity: Int
    var unitPriceMinor: Int?
    var unitPrice: String?
    var requiresShipping: Bool?
    var barcode: String?

    enum CodingKeys: String, CodingKey {
        case line, sku, name, quantity, unitPriceMinor = "unit_price_minor", unitPrice = "unit_price"
        case requiresShipping = "requires_shipping", barcode
    }
}

/// A time given as seconds since 1970 (a number) or as text (`2024-03-05T14:22:10+01:00`).
struct NativeTime: Decodable {
    enum Value { case seconds(Int64), text(String) }
    var value: Value

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let n = try? c.decode(Int64.self) { value = .seconds(n); return }
        value = .text(try c.decode(String.self))
    }

    func seconds(offset: Int) -> Int64? {
        switch value {
        case .seconds(let n): return n
        case .text(let t): return ImportTimestamp.parse(t, defaultOffsetSeconds: offset)
        }
    }
}
