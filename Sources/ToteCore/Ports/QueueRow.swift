/// One order as the queue screen lists it: just what the screen shows.
public struct QueueRow: Equatable, Sendable {
    public var number: String
    public var customer: String
    public var lineCount: Int
    public var unitCount: Int
    public var service: ServiceLevel
    /// Seconds since 1970.
    public var shipBy: Int64
    public var status: OrderStatus
    public var priority: Int
    /// The station holding the order, if any.
    public var claimedBy: String?

    public init(number: String, customer: String, lineCount: Int, unitCount: Int, service: ServiceLevel,
                shipBy: Int64, status: OrderStatus, priority: Int, claimedBy: String?) {
        self.number = number
        self.customer = customer
        self.lineCount = lineCount
        self.unitCount = unitCount
        self.service = service
        self.shipBy = shipBy
        self.status = status
        self.priority = priority
        self.claimedBy = claimedBy
    }
}
