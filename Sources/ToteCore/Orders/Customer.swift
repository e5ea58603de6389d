/// Who bought the order, as far as the station needs to know.
public struct Customer: Equatable, Hashable, Sendable, Codable {
    /// The buyer's e-mail address as the shop gave it; nil when the shop gave none.
    public var email: String?
    /// True when this is the customer's first order with the shop (a welcome insert goes in).
    public var isFirstOrder: Bool
    /// The shop's tags on the customer (`vip`, `wholesale`), for `customer_tag` pack rules.
    public var tags: [String]

    public init(email: String? = nil, isFirstOrder: Bool = false, tags: [String] = []) {
        self.email = email
        self.isFirstOrder = isFirstOrder
        self.tags = tags
    }

    enum CodingKeys: String, CodingKey { case email, isFirstOrder = "first_order", tags }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        email = try c.decodeIfPresent(String.self, forKey: .email)
        isFirstOrder = try c.decodeIfPresent(Bool.self, forKey: .isFirstOrder) ?? false
        tags = try c.decodeIfPresent([String].self, forKey: .tags) ?? []
    }
}
