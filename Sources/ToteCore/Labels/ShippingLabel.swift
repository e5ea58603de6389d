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

    public init(shipFrom: ShipFrom, shipTo: ShipTo, carrier: String, service: ServiceLevel, orderNumber: String,
                weightGrams: Int, date: String, trackingNumber: String, cartonNumber: Int = 1, cartonCount: Int = 1) {
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

    /// `1 of 1` style carton count.
    public var cartonText: String { "\(cartonNumber) of \(cartonCount)" }
}
