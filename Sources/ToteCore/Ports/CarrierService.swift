/// What the station needs from a carrier: a service, a tracking number and a price for one
/// carton. `LocalCarrierService` answers from `config/carriers.toml` and locally generated
/// tracking numbers; an HTTP adapter for a carrier's API can implement the same protocol.
public protocol CarrierService: Sendable {
    /// Books carton `request.cartonNumber` of a shipment. Never issues a tracking number twice.
    func ship(_ request: ShipmentRequest) throws -> Shipment
}

/// One carton to book.
public struct ShipmentRequest: Equatable, Sendable {
    public var orderNumber: String
    /// Carrier code as the order carries it, e.g. `UPS`.
    public var carrier: String
    public var level: ServiceLevel
    /// A service id the order names (e.g. `2DAY`); nil lets the carrier service choose.
    public var requestedService: String?
    /// ISO 3166-1 alpha-2 destination.
    public var country: String
    /// Carton weight with packaging, grams.
    public var grams: Int
    /// Pack time, seconds since 1970 UTC.
    public var nowSeconds: Int64
    /// From 1.
    public var cartonNumber: Int

    public init(orderNumber: String, carrier: String, level: ServiceLevel, requestedService: String? = nil,
                country: String, grams: Int, nowSeconds: Int64, cartonNumber: Int = 1) {
        self.orderNumber = orderNumber
        self.carrier = carrier
        self.level = level
        self.requestedService = requestedService
        self.country = country
        self.grams = grams
        self.nowSeconds = nowSeconds
        self.cartonNumber = cartonNumber
    }
}

/// A booked carton.
public struct Shipment: Equatable, Sendable {
    public var trackingNumber: String
    /// The carton's SSCC-18 digits, nil when no `[sscc]` is configured.
    public var sscc: String?
    public var serviceID: String
    public var serviceName: String
    /// Minor currency units (cents).
    public var priceMinor: Int
    /// `YYYY-MM-DD`, local to the warehouse.
    public var pickupDate: String
    public var meetsPromise: Bool

    public init(trackingNumber: String, sscc: String?, serviceID: String, serviceName: String, priceMinor: Int,
                pickupDate: String, meetsPromise: Bool) {
        self.trackingNumber = trackingNumber
        self.sscc = sscc
        self.serviceID = serviceID
        self.serviceName = serviceName
        self.priceMinor = priceMinor
        self.pickupDate = pickupDate
        self.meetsPromise = meetsPromise
    }
}
