/// A carrier as `config/carriers.toml` describes it: how its tracking numbers are formed, the
/// serial range Tote may use, destination zones and the services it sells.
public struct Carrier: Equatable, Sendable {
    /// The code orders carry, e.g. `UPS`, `POSTNORD` (upper case).
    public var code: String
    public var name: String
    public var format: TrackingFormat
    /// Shipper number / mailer id / prefix, as `TrackingFormat.accountProblem` accepts.
    public var account: String
    /// Serials Tote may issue, inclusive; never reused, allocated by the store.
    public var serialRange: ClosedRange<Int64>
    /// Zone per destination ISO country; `*` is every other country.
    public var zones: [String: Int]
    /// In file order.
    public var services: [CarrierServiceOption]

    public init(code: String, name: String, format: TrackingFormat, account: String, serialRange: ClosedRange<Int64>,
                zones: [String: Int], services: [CarrierServiceOption]) {
        self.code = code
        self.name = name
        self.format = format
        self.account = account
        self.serialRange = serialRange
        self.zones = zones
        self.services = services
    }

    /// The zone for destination `country` (ISO alpha-2), falling back to `*`; nil when neither is set.
    public func zone(for country: String) -> Int? {
        zones[country.uppercased()] ?? zones["*"]
    }

    public func service(id: String) -> CarrierServiceOption? {
        services.first { $0.id.sameIgnoringCase(id) }
    }
}

extension String {
    fileprivate func sameIgnoringCase(_ other: String) -> Bool { uppercased() == other.uppercased() }
}
