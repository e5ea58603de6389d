/// One box of a carton plan and what goes in it.
public struct CartonLoad: Equatable, Sendable {
    public var carton: Carton
    /// The units in this box, in the order they were given to the planner.
    public var units: [PackUnit]
    /// Where each measured unit sits (`BoxPlacement.unit` indexes `units`); empty above `BoxFitter.maximumUnits`.
    public var placements: [BoxPlacement]

    /// Contents only, grams.
    public var contentGrams: Int { units.reduce(0) { $0 + $1.weightGrams } }
    /// Contents plus the empty box, grams.
    public var grossGrams: Int { contentGrams + carton.tareGrams }

    /// Units per SKU in this box, SKUs in first-seen order: what the pack screen lists per box.
    public var contents: [(sku: String, quantity: Int)] {
        var out: [(sku: String, quantity: Int)] = []
        for u in units {
            if let i = out.firstIndex(where: { $0.sku == u.sku }) { out[i].quantity += 1 } else { out.append((u.sku, 1)) }
        }
        return out
    }

    public static func == (a: CartonLoad, b: CartonLoad) -> Bool {
        a.carton == b.carton && a.units == b.units && a.placements == b.placements
    }
}
