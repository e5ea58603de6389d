/// A customer order waiting to be picked, packed and labelled.
///
/// Times are seconds since 1970 (UTC) so the core stays free of clocks and time zones.
public struct Order: Equatable, Sendable, Codable, Identifiable {
    /// The shop's order number, e.g. `#1001`; unique in the store.
    public var number: String
    public var id: String { number }
    public var channel: String
    /// Higher numbers are more urgent; 0 is normal.
    public var priority: Int
    public var service: ServiceLevel
    public var carrier: String
    /// Latest time the parcel must leave, seconds since 1970.
    public var shipBy: Int64
    /// When the order reached the warehouse, seconds since 1970.
    public var createdAt: Int64
    public var shipTo: ShipTo
    public var lines: [OrderLine]
    public var status: OrderStatus

    public init(number: String, channel: String, priority: Int, service: ServiceLevel, carrier: String,
                shipBy: Int64, createdAt: Int64, shipTo: ShipTo, lines: [OrderLine], status: OrderStatus = .new) {
        self.number = number
        self.channel = channel
        self.priority = priority
        self.service = service
        self.carrier = carrier
        self.shipBy = shipBy
        self.createdAt = createdAt
        self.shipTo = shipTo
        self.lines = lines
        self.status = status
    }

    public var unitCount: Int { lines.reduce(0) { $0 + $1.quantity } }

    /// Moves the order to `next`, or throws if its state machine forbids it.
    public mutating func move(to next: OrderStatus) throws {
        guard status.canMove(to: next) else { throw IllegalTransition(order: number, from: status, to: next) }
        status = next
    }

    /// Queue order: higher priority first, then earlier ship-by, then older, then number.
    public static func queueOrder(_ a: Order, _ b: Order) -> Bool {
        if a.priority != b.priority { return a.priority > b.priority }
        if a.shipBy != b.shipBy { return a.shipBy < b.shipBy }
        if a.createdAt != b.createdAt { return a.createdAt < b.createdAt }
        return a.number < b.number
    }

    enum CodingKeys: String, CodingKey {
        case number, channel, priority, service, carrier, shipBy = "ship_by", createdAt = "created_at"
        case shipTo = "ship_to", lines, status
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        number = try c.decode(String.self, forKey: .number)
        channel = try c.decodeIfPresent(String.self, forKey: .channel) ?? "web"
        priority = try c.decodeIfPresent(Int.self, forKey: .priority) ?? 0
        service = try c.decodeIfPresent(ServiceLevel.self, forKey: .service) ?? .standard
        carrier = try c.decodeIfPresent(String.self, forKey: .carrier) ?? "POST"
        shipBy = try c.decode(Int64.self, forKey: .shipBy)
        createdAt = try c.decode(Int64.self, forKey: .createdAt)
        shipTo = try c.decode(ShipTo.self, forKey: .shipTo)
        lines = try c.decode([OrderLine].self, forKey: .lines)
        status = try c.decodeIfPresent(OrderStatus.self, forKey: .status) ?? .new
    }
}
