/// `CarrierService` from `config/carriers.toml`: chooses the service (`ServiceSelector`) and
/// forms tracking numbers and SSCCs locally from serials the store allocates.
public struct LocalCarrierService: CarrierService {
    public let config: CarrierConfig
    public let serials: TrackingSerialStore

    public init(config: CarrierConfig, serials: TrackingSerialStore) {
        self.config = config
        self.serials = serials
    }

    public func ship(_ request: ShipmentRequest) throws -> Shipment {
        let chosen = try ServiceSelector.select(config: config, carrier: request.carrier, level: request.level,
                                                country: request.country, grams: request.grams,
                                                nowSeconds: request.nowSeconds, requestedService: request.requestedService)
        let carrier = chosen.carrier
        let serial = try serials.nextSerial(carrier: carrier.code, account: carrier.account, range: carrier.serialRange)
        guard let tracking = carrier.format.number(account: carrier.account, serviceCode: chosen.service.code, serial: serial) else {
            throw TrackingSerialExhausted(carrier: carrier.code, account: carrier.account, range: carrier.serialRange)
        }
        var sscc: String?
        if let s = config.sscc {
            let n = try serials.nextSerial(carrier: "SSCC", account: s.account, range: s.serialRange)
            sscc = s.sscc(serial: n)
        }
        try serials.recordTracking(number: tracking, carrier: carrier.code, order: request.orderNumber,
                                   carton: request.cartonNumber, nowMillis: request.nowSeconds * 1000)
        return Shipment(trackingNumber: tracking, sscc: sscc, serviceID: chosen.service.id, serviceName: chosen.service.name,
                        priceMinor: chosen.priceMinor, pickupDate: chosen.pickupDate.description, meetsPromise: chosen.meetsPromise)
    }

    /// What `ship` would book, without booking it: the same service choice, and a specimen
    /// tracking number and SSCC formed from a serial just outside each range, so `ship` can
    /// never issue the same number. For previews (`tote label` of an order not packed yet) only: never print
    /// a specimen on a parcel.
    public func preview(_ request: ShipmentRequest) throws -> Shipment {
        let chosen = try ServiceSelector.select(config: config, carrier: request.carrier, level: request.level,
                                                country: request.country, grams: request.grams,
                                                nowSeconds: request.nowSeconds, requestedService: request.requestedService)
        let carrier = chosen.carrier
        guard let tracking = carrier.format.number(account: carrier.account, serviceCode: chosen.service.code,
                                                   serial: Self.specimenSerial(outside: carrier.serialRange)) else {
            throw TrackingSerialExhausted(carrier: carrier.code, account: carrier.account, range: carrier.serialRange)
        }
        let sscc = config.sscc.flatMap { $0.sscc(serial: Self.specimenSerial(outside: $0.serialRange)) }
        return Shipment(trackingNumber: tracking, sscc: sscc, serviceID: chosen.service.id, serviceName: chosen.service.name,
                        priceMinor: chosen.priceMinor, pickupDate: chosen.pickupDate.description, meetsPromise: chosen.meetsPromise)
    }

    /// A serial `ship` never issues: just below the range, or just above it when it starts at 0.
    static func specimenSerial(outside range: ClosedRange<Int64>) -> Int64 {
        range.lowerBound > 0 ? range.lowerBound - 1 : range.upperBound + 1
    }
}
