/// One service a carrier sells (e.g. UPS Ground), with its pickup cutoffs, transit time and rates.
public struct CarrierServiceOption: Equatable, Sendable {
    /// The name an order or an operator uses to ask for this service, e.g. `GROUND`.
    public var id: String
    /// Printed and shown name, e.g. `UPS Ground`.
    public var name: String
    /// Code that goes into the tracking number (UPS 2 digits, USPS 3-digit service type); may be empty.
    public var code: String
    /// Business days (Mon–Fri) from pickup to delivery.
    public var transitDays: Int
    /// Last pickup per weekday as minutes after local midnight, index 0 = Monday … 6 = Sunday;
    /// nil = no pickup that day. A parcel packed before the cutoff leaves the same day.
    public var cutoffs: [Int?]
    /// Rate bands, lightest first.
    public var rates: RateTable

    public init(id: String, name: String, code: String = "", transitDays: Int, cutoffs: [Int?], rates: RateTable) {
        self.id = id
        self.name = name
        self.code = code
        self.transitDays = transitDays
        self.cutoffs = cutoffs
        self.rates = rates
    }
}
