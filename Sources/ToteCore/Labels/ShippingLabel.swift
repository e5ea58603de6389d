/// Everything printed on one 4x6 in carrier label, already decided: the writer only lays it out.
///
/// The core has no clock, so `date` arrives formatted (e.g. `2026-11-27`). Text is kept exactly as
/// the customer wrote it; escaping and truncation happen in `ZPLWriter`.
public struct ShippingLabel: Equatable, Sendable {
    public var shipFrom: ShipFrom
    public var shipTo: ShipTo
    /// Carrier code as the order carries it, e.g. `UPS`, `POSTNORD`.
    public var carrier: String
    public var service: ServiceLevel
    /// The shop's order number, e.g. `#1001`.
    public var orderNumber: String
    /// Parcel weight including packaging, grams.
    public var weightGrams: Int
    /// Ship date as it should be printed, e.g. `2026-11-27`.
    public var date: String
    /// The carrier's tracking number, printed as Code 128 and as text.
    public var trackingNumber: String
    /// This carton's position in the shipment, from 1.
    public var cartonNumber: Int
    /// Cartons in the shipment, at least 1.
    public var cartonCount: Int
    /// The carton's SSCC-18 (18 digits with a valid GS1 check digit), printed as GS1-128 with
    /// AI (00); nil for no SSCC. A value that is not a valid SSCC is printed as text only.
    public var sscc: String?

    public init(shipFrom: ShipFrom, shipTo: ShipTo, carrier: String, service: ServiceLevel, orderNumber: String,
                weightGrams: Int, date: String, trackingNumber: String, cartonNumber: Int = 1, cartonCount: Int = 1,
                sscc: String? = nil) {
        self.sscc = sscc
        self.shipFrom = shipFrom
        self.shipTo = shipTo
        self.carrier = carrier
        self.service = service
        self.orderNumber = orderNumber
        self.weightGrams = weightGrams
        self.date = date
        self.trackingNumber = trackingNumber
        self.cartonNumber = cartonNumber
        self.cartonCount = cartonCount
    }

    /// The label for a single-carton shipment of `order`.
    /// - Parameters:
    ///   - weightGrams: weighed parcel weight including packaging, grams.
    ///   - date: the ship date, already formatted for printing.
    public init(order: Order, shipFrom: ShipFrom, weightGrams: Int, date: String, trackingNumber: String) {
        self.init(shipFrom: shipFrom, shipTo: order.shipTo, carrier: order.carrier, service: order.service,
                  orderNumber: order.number, weightGrams: weightGrams, date: date,
                  trackingNumber: trackingNumber)
    }

    /// The label for carton `cartonNumber` of `cartonCount` of `order`, with its SSCC.
    public init(order: Order, shipFrom: ShipFrom, weightGrams: Int, date: String, trackingNumber: String,
                cartonNumber: Int, cartonCount: Int, sscc: String?) {
        self.init(shipFrom: shipFrom, shipTo: order.shipTo, carrier: order.carrier, service: order.service,
                  orderNumber: order.number, weightGrams: weightGrams, date: date, trackingNumber: trackingNumber,
                  cartonNumber: cartonNumber, cartonCount: cartonCount, sscc: sscc)
    }

    /// `1 of 1` style carton count.
    public var cartonText: String { "\(cartonNumber) of \(cartonCount)" }
}
