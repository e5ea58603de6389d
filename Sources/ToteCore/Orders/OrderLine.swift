/// One SKU and quantity on an order.
public struct OrderLine: Equatable, Sendable, Codable {
    /// Position on the order, from 1; stable across imports.
    public var lineNumber: Int
    public var sku: String
    public var name: String
    /// Units ordered; at least 1.
    public var quantity: Int

    public init(lineNumber: Int, sku: String, name: String, quantity: Int) {
        self.lineNumber = lineNumber
        self.sku = sku
        self.name = name
        self.quantity = quantity
    }

    enum CodingKeys: String, CodingKey { case lineNumber = "line", sku, name, quantity }
}
