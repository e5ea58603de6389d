/// How many units of a SKU one bin holds.
public struct BinStock: Hashable, Sendable, Codable {
    public var bin: BinLocation
    /// Units in the bin; at least 0.
    public var quantity: Int

    public init(bin: BinLocation, quantity: Int) {
        self.bin = bin
        self.quantity = quantity
    }

    enum CodingKeys: String, CodingKey { case bin, quantity }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let code = try c.decode(String.self, forKey: .bin)
        guard let bin = BinLocation(code: code) else {
            throw DecodingError.dataCorruptedError(forKey: .bin, in: c,
                debugDescription: "'\(code)' is not a bin code like A03-B-12-2")
        }
        self.bin = bin
        quantity = try c.decode(Int.self, forKey: .quantity)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(bin.code, forKey: .bin)
        try c.encode(quantity, forKey: .quantity)
    }
}
