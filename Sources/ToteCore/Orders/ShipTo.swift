/// The delivery address printed on the shipping label, kept exactly as the customer wrote it.
public struct ShipTo: Equatable, Sendable, Codable {
    public var name: String
    public var company: String?
    public var address1: String
    public var address2: String?
    public var city: String
    public var postalCode: String
    public var province: String?
    /// ISO 3166-1 alpha-2 country code, e.g. `RO`, `SE`, `KR`.
    public var country: String
    public var phone: String?

    public init(name: String, company: String? = nil, address1: String, address2: String? = nil,
                city: String, postalCode: String, province: String? = nil, country: String, phone: String? = nil) {
        self.name = name
        self.company = company
        self.address1 = address1
        self.address2 = address2
        self.city = city
        self.postalCode = postalCode
        self.province = province
        self.country = country
        self.phone = phone
    }

    enum CodingKeys: String, CodingKey {
        case name, company, address1, address2, city, postalCode = "postal_code", province, country, phone
    }
}
