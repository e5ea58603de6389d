@testable import ToteCore

/// A small catalogue shared by the core tests.
enum CoreFixtures {
    static let layout = WarehouseLayout(name: "Test", aisleCount: 4, baysPerSide: 6, levels: 2)

    static let catalog = try! Catalog([
        SKU(code: "MUG", name: "Mug", barcodes: ["4006381333931"], weightGrams: 350, bin: BinLocation(code: "A02-A-03-1")!),
        SKU(code: "TEE", name: "Tee", barcodes: ["036000291452", "00012345600012"], weightGrams: 180,
            bin: BinLocation(code: "A01-B-05-2")!),
        SKU(code: "CANDLE", name: "Candle", barcodes: ["5901234123457"], weightGrams: 420, bin: BinLocation(code: "A02-B-01-1")!),
        SKU(code: "NOTE", name: "Notebook", barcodes: ["96385074"], weightGrams: 240, bin: BinLocation(code: "A03-A-06-1")!),
    ])

    static func order(_ lines: [(String, Int)]) -> Order {
        Order(number: "#9", channel: "web", priority: 0, service: .standard, carrier: "UPS", shipBy: 0, createdAt: 0,
              shipTo: ShipTo(name: "N", address1: "A", city: "C", postalCode: "1", country: "US"),
              lines: lines.enumerated().map { i, l in OrderLine(lineNumber: i + 1, sku: l.0, name: l.0, quantity: l.1) })
    }
}
