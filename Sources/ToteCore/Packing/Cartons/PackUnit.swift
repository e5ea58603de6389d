/// One physical unit to go in a carton: a unit of an order line, with its catalogue size and weight.
public struct PackUnit: Equatable, Hashable, Sendable {
    public var sku: String
    /// The order line it belongs to.
    public var lineNumber: Int
    /// Outer size, millimetres; nil when the catalogue has no measurement (then only its weight counts).
    public var dimensions: Dimensions?
    /// Grams.
    public var weightGrams: Int

    public init(sku: String, lineNumber: Int, dimensions: Dimensions?, weightGrams: Int) {
        self.sku = sku
        self.lineNumber = lineNumber
        self.dimensions = dimensions
        self.weightGrams = weightGrams
    }

    /// Cubic millimetres; 0 when unmeasured.
    public var volume: Int { dimensions.map { $0.length * $0.width * $0.height } ?? 0 }

    /// One unit per ordered unit of every shippable line, in line order.
    public static func units(of order: Order, catalog: Catalog) -> [PackUnit] {
        var out: [PackUnit] = []
        for line in order.shippableLines {
            let sku = catalog.sku(code: line.sku)
            for _ in 0..<max(line.quantity, 0) {
                out.append(PackUnit(sku: line.sku, lineNumber: line.lineNumber, dimensions: sku?.dimensions,
                                    weightGrams: sku?.weightGrams ?? 0))
            }
        }
        return out
    }
}
