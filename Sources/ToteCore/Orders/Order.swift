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
    /// When the shop took the payment, seconds since 1970; nil when unpaid or not known.
    public var paidAt: Int64?
    /// The customer's e-mail and whether this is their first order; nil when not known.
    public var customer: Customer?
    /// True when the parcel is a gift (no prices on the slip; `giftMessage` goes in the box).
    public var isGift: Bool
    /// The card text the customer wrote for a gift; nil when none.
    public var giftMessage: String?
    /// The customer's or shop's note on the order; nil when none.
    public var notes: String?
    /// The shop's tags on the order, as written, e.g. `["vip", "wholesale"]`.
    public var tags: [String]
    /// ISO 4217 currency of the line prices, e.g. `EUR`; nil when not known.
    public var currency: String?

    public init(number: String, channel: String, priority: Int, service: ServiceLevel, carrier: String,
                shipBy: Int64, createdAt: Int64, shipTo: ShipTo, lines: [OrderLine], status: OrderStatus = .new,
                paidAt: Int64? = nil, customer: Customer? = nil, isGift: Bool = false, giftMessage: String? = nil,
                notes: String? = nil, tags: [String] = [], currency: String? = nil) {
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
        self.paidAt = paidAt
        self.customer = customer
        self.isGift = isGift
        self.giftMessage = giftMessage
        self.notes = notes
        self.tags = tags
        self.currency = currency
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
        case paidAt = "paid_at", customer, isGift = "gift", giftMessage = "gift_message", notes, tags, currency
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(channel, forKey: .channel)
        try c.encode(priority, forKey: .priority)
        try c.encode(service, forKey: .service)
        try c.encode(carrier, forKey: .carrier)
        try c.encode(shipBy, forKey: .shipBy)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(shipTo, forKey: .shipTo)
        try c.encode(lines, forKey: .lines)
        try c.encode(status, forKey: .status)
        try c.encodeIfPresent(paidAt, forKey: .paidAt)
        try c.encodeIfPresent(customer, forKey: .customer)
        if isGift { try c.encode(isGift, forKey: .isGift) }
        try c.encodeIfPresent(giftMessage, forKey: .giftMessage)
        try c.encodeIfPresent(notes, forKey: .notes)
        if !tags.isEmpty { try c.encode(tags, forKey: .tags) }
        try c.encodeIfPresent(currency, forKey: .currency)
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
        paidAt = try c.decodeIfPresent(Int64.self, forKey: .paidAt)
        customer = try c.decodeIfPresent(Customer.self, forKey: .customer)
        isGift = try c.decodeIfPresent(Bool.self, forKey: .isGift) ?? false
        giftMessage = try c.decodeIfPresent(String.self, forKey: .giftMessage)
        notes = try c.decodeIfPresent(String.self, forKey: .notes)
        tags = try c.decodeIfPresent([String].self, forKey: .tags) ?? []
        currency = try c.decodeIfPresent(String.self, forKey: .currency)
    }

    /// The lines a station picks and packs: those that need shipping (gift cards and other
    /// digital lines stay on the order but are never picked).
    public var shippableLines: [OrderLine] { lines.filter(\.requiresShipping) }
}
