/// A stock-keeping unit: one sellable product variant kept in one bin.
public struct SKU: Hashable, Sendable, Codable {
    /// The merchant's SKU code, e.g. `TEE-BLK-M`. Unique in a catalogue.
    public var code: String
    public var name: String
    /// Retail barcodes (GTIN-8/12/13/14 digits) that identify one unit of this SKU.
    public var barcodes: [String]
    /// Unit weight, grams.
    public var weightGrams: Int
    /// The bin the unit is picked from.
    public var bin: BinLocation
    /// Outer size of one unit, millimetres; nil when not measured.
    public var dimensions: Dimensions?
    /// Every bin holding the SKU with its quantity; empty when only `bin` is known. When not
    /// empty, its first entry is `bin`.
    public var stock: [BinStock]
    /// Handling tags, lower case: `fragile`, `liquid`, `battery`, `hazmat`, …
    public var tags: [String]

    public init(code: String, name: String, barcodes: [String], weightGrams: Int, bin: BinLocation,
                dimensions: Dimensions? = nil, stock: [BinStock] = [], tags: [String] = []) {
        self.code = code
        self.name = name
        self.barcodes = barcodes
        self.weightGrams = weightGrams
        self.bin = bin
        self.dimensions = dimensions
        self.stock = stock
        self.tags = tags
    }

    enum CodingKeys: String, CodingKey {
        case code = "sku", name, barcodes, weightGrams = "weight_g", bin, dimensions = "dimensions_mm", stock, tags
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(String.self, forKey: .code)
        name = try c.decode(String.self, forKey: .name)
        barcodes = try c.decode([String].self, forKey: .barcodes)
        weightGrams = try c.decode(Int.self, forKey: .weightGrams)
        let binCode = try c.decode(String.self, forKey: .bin)
        guard let bin = BinLocation(code: binCode) else {
            throw DecodingError.dataCorruptedError(forKey: .bin, in: c,
                debugDescription: "'\(binCode)' is not a bin code like A03-B-12-2")
        }
        self.bin = bin
        dimensions = try c.decodeIfPresent(Dimensions.self, forKey: .dimensions)
        stock = try c.decodeIfPresent([BinStock].self, forKey: .stock) ?? []
        tags = try c.decodeIfPresent([String].self, forKey: .tags) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(name, forKey: .name)
        try c.encode(barcodes, forKey: .barcodes)
        try c.encode(weightGrams, forKey: .weightGrams)
        try c.encode(bin.code, forKey: .bin)
        try c.encodeIfPresent(dimensions, forKey: .dimensions)
        if !stock.isEmpty { try c.encode(stock, forKey: .stock) }
        if !tags.isEmpty { try c.encode(tags, forKey: .tags) }
    }
}
