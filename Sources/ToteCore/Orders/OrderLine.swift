/// One SKU and quantity on an order.
public struct OrderLine: Equatable, Sendable, Codable {
    /// Position on the order, from 1; stable across imports.
    public var lineNumber: Int
    /// The catalogue SKU code; empty for a line that needs no shipping and has no SKU (a gift card).
    public var sku: String
    public var name: String
    /// Units ordered; at least 1.
    public var quantity: Int
    /// Price of one unit in minor currency units (hundredths: 1999 is 19.99 of `Order.currency`);
    /// nil when not known.
    public var unitPriceMinor: Int?
    /// False for gift cards and other lines that are kept on the order but never picked or packed.
    public var requiresShipping: Bool
    /// The barcode the shop sent with the line (GTIN digits as written); nil when none.
    public var barcode: String?

    public init(lineNumber: Int, sku: String, name: String, quantity: Int,
                unitPriceMinor: Int? = nil, requiresShipping: Bool = true, barcode: String? = nil) {
        self.lineNumber = lineNumber
        self.sku = sku
        self.name = name
        self.quantity = quantity
        self.unitPriceMinor = unitPriceMinor
        self.requiresShipping = requiresShipping
        self.barcode = barcode
    }

    enum CodingKeys: String, CodingKey {
        case lineNumber = "line", sku, name, quantity, unitPriceMinor = "unit_price_minor"
        case requiresShipping = "requires_shipping", barcode
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        lineNumber = try c.decode(Int.self, forKey: .lineNumber)
        sku = try c.decode(String.self, forKey: .sku)
        name = try c.decode(String.self, forKey: .name)
        quantity = try c.decode(Int.self, forKey: .quantity)
        unitPriceMinor = try c.decodeIfPresent(Int.self, forKey: .unitPriceMinor)
        requiresShipping = try c.decodeIfPresent(Bool.self, forKey: .requiresShipping) ?? true
        barcode = try c.decodeIfPresent(String.self, forKey: .barcode)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(lineNumber, forKey: .lineNumber)
        try c.encode(sku, forKey: .sku)
        try c.encode(name, forKey: .name)
        try c.encode(quantity, forKey: .quantity)
        try c.encodeIfPresent(unitPriceMinor, forKey: .unitPriceMinor)
        if !requiresShipping { try c.encode(requiresShipping, forKey: .requiresShipping) }
        try c.encodeIfPresent(barcode, forKey: .barcode)
    }
}
