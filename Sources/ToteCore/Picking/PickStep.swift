/// One stop on a pick walk: take `quantity` units of `sku` from `bin` for order line `lineNumber`.
public struct PickStep: Equatable, Sendable {
    public var lineNumber: Int
    public var sku: String
    public var name: String
    public var bin: BinLocation
    public var quantity: Int

    public init(lineNumber: Int, sku: String, name: String, bin: BinLocation, quantity: Int) {
        self.lineNumber = lineNumber
        self.sku = sku
        self.name = name
        self.bin = bin
        self.quantity = quantity
    }
}
