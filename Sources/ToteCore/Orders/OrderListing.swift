/// One order as `tote orders list` shows it: queue fields plus claim and import flags.
public struct OrderListing: Equatable, Sendable, Codable {
    public var number: String
    public var status: OrderStatus
    public var priority: Int
    public var service: ServiceLevel
    public var carrier: String
    /// Seconds since 1970.
    public var shipBy: Int64
    /// Seconds since 1970.
    public var createdAt: Int64
    public var customer: String
    public var lineCount: Int
    public var unitCount: Int
    public var claimedBy: String?
    /// Milliseconds since 1970: the claim or the holder's last scan.
    public var claimedAt: Int64?
    /// An import brought a changed version while the order was in progress.
    public var changedWhileClaimed: Bool
    /// An import reported the order cancelled while it was in progress.
    public var cancelRequested: Bool

    public init(number: String, status: OrderStatus, priority: Int, service: ServiceLevel, carrier: String,
                shipBy: Int64, createdAt: Int64, customer: String, lineCount: Int, unitCount: Int,
                claimedBy: String?, claimedAt: Int64?, changedWhileClaimed: Bool, cancelRequested: Bool) {
        self.number = number
        self.status = status
        self.priority = priority
        self.service = service
        self.carrier = carrier
        self.shipBy = shipBy
        self.createdAt = createdAt
        self.customer = customer
        self.lineCount = lineCount
        self.unitCount = unitCount
        self.claimedBy = claimedBy
        self.claimedAt = claimedAt
        self.changedWhileClaimed = changedWhileClaimed
        self.cancelRequested = cancelRequested
    }

    enum CodingKeys: String, CodingKey {
        case number, status, priority, service, carrier, shipBy = "ship_by", createdAt = "created_at", customer
        case lineCount = "lines", unitCount = "units", claimedBy = "claimed_by", claimedAt = "claimed_at_ms"
        case changedWhileClaimed = "changed_while_claimed", cancelRequested = "cancel_requested"
    }
}
