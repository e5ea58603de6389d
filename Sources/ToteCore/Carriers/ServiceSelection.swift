/// The service chosen for a parcel, with its price and dates.
public struct ServiceSelection: Equatable, Sendable {
    public var carrier: Carrier
    public var service: CarrierServiceOption
    /// Minor currency units (cents).
    public var priceMinor: Int
    public var pickupDate: ShipDate
    /// Pickup plus `transitDays` business days.
    public var deliveryDate: ShipDate
    /// False when no service of the carrier keeps the order's promise; the fastest is chosen then.
    public var meetsPromise: Bool
}

/// Why no service could be chosen: each case says what to fix.
public enum ServiceSelectionError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownCarrier(String)
    case unknownService(carrier: String, service: String)
    case noZone(carrier: String, country: String)
    case tooHeavy(carrier: String, grams: Int)

    public var description: String {
        switch self {
        case .unknownCarrier(let c): return "carrier \(c) is not in config/carriers.toml; add a [carriers.\(c)] section"
        case .unknownService(let c, let s): return "carrier \(c) has no service \(s) in config/carriers.toml"
        case .noZone(let c, let country): return "carrier \(c) has no zone for \(country); add \(country) or \"*\" to its zones"
        case .tooHeavy(let c, let g): return "no \(c) service takes \(g) g; add a heavier rate row or split the shipment"
        }
    }
}

/// Picks the service: the one the order names, else the cheapest whose delivery keeps the promise
/// of the order's service level (`CarrierConfig.promisedTransitDays`), else the fastest.
public enum ServiceSelector {
    /// - Parameters:
    ///   - grams: parcel weight with packaging, grams.
    ///   - nowSeconds: seconds since 1970 UTC (the pack time); cutoffs use `config.utcOffsetSeconds`.
    ///   - requestedService: a service id the order names (e.g. `2DAY`), or nil to choose.
    public static func select(config: CarrierConfig, carrier code: String, level: ServiceLevel, country: String,
                              grams: Int, nowSeconds: Int64, requestedService: String? = nil)
        throws(ServiceSelectionError) -> ServiceSelection {
        guard let carrier = config.carrier(code) else { throw .unknownCarrier(code) }
        guard let zone = carrier.zone(for: country) else { throw .noZone(carrier: carrier.code, country: country) }
        let (today, minute) = ShipDate.local(seconds: nowSeconds, utcOffsetSeconds: config.utcOffsetSeconds)
        let promise = config.promisedTransitDays[level] ?? 5
        let latest = today.adding(businessDays: promise)
        var options: [ServiceSelection] = []
        let candidates: [CarrierServiceOption]
        if let requestedService {
            guard let s = carrier.service(id: requestedService) else {
                throw .unknownService(carrier: carrier.code, service: requestedService)
            }
            candidates = [s]
        } else {
            candidates = carrier.services
        }
        for s in candidates {
            guard let price = s.rates.price(grams: grams, zone: zone),
                  let pickup = s.pickupDate(packedOn: today, minute: minute) else { continue }
            let delivery = pickup.adding(businessDays: s.transitDays)
            options.append(ServiceSelection(carrier: carrier, service: s, priceMinor: price, pickupDate: pickup,
                                            deliveryDate: delivery, meetsPromise: delivery <= latest))
        }
        guard !options.isEmpty else { throw .tooHeavy(carrier: carrier.code, grams: grams) }
        if requestedService != nil { return options[0] }
        let keeping = options.filter(\.meetsPromise)
        if let best = keeping.min(by: { ($0.priceMinor, $0.deliveryDate) < ($1.priceMinor, $1.deliveryDate) }) { return best }
        return options.min(by: { ($0.deliveryDate, $0.priceMinor) < ($1.deliveryDate, $1.priceMinor) })!
    }

    /// Every service of `code` that takes the parcel, the promise keepers first, each group
    /// cheapest first: what a packer may choose from (`select` picks the first).
    public static func options(config: CarrierConfig, carrier code: String, level: ServiceLevel, country: String,
                               grams: Int, nowSeconds: Int64) -> [ServiceSelection] {
        guard let carrier = config.carrier(code) else { return [] }
        let all = carrier.services.compactMap { s in
            try? select(config: config, carrier: code, level: level, country: country, grams: grams,
                        nowSeconds: nowSeconds, requestedService: s.id)
        }
        return all.sorted { a, b in
            if a.meetsPromise != b.meetsPromise { return a.meetsPromise }
            return (a.priceMinor, a.deliveryDate) < (b.priceMinor, b.deliveryDate)
        }
    }
}
