/// The sender block of a shipping label: the warehouse or merchant the parcel is returned to.
public struct ShipFrom: Equatable, Sendable {
    public var name: String
    /// Street lines in print order; the label shows at most two.
    public var addressLines: [String]
    public var city: String
    public var postalCode: String
    /// ISO 3166-1 alpha-2 country code, e.g. `SE`.
    public var country: String

    public init(name: String, addressLines: [String], city: String, postalCode: String, country: String) {
        self.name = name
        self.addressLines = addressLines
        self.city = city
        self.postalCode = postalCode
        self.country = country
    }
}
