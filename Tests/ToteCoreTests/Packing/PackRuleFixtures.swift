import Foundation
@testable import ToteCore

/// Orders, facts and files for the pack-rule, carton and checklist tests.
enum PackRuleFixtures {
    /// 2026-11-27 12:00 UTC, a Friday (the demo day).
    static let friday = LocalTime(seconds: 1_795_780_800)

    static func facts(channel: String = "web", orderTags: Set<String> = [], customerTags: Set<String> = [],
                      skus: Set<String> = [], skuTags: Set<String> = [], first: Bool = false, totalMinor: Int = 0,
                      units: Int = 1, lines: Int = 1, gift: Bool = false, country: String = "US",
                      service: ServiceLevel = .standard, day: String = "2026-11-27") -> RuleFacts {
        RuleFacts(channel: channel, orderTags: orderTags, customerTags: customerTags, skus: skus, skuTags: skuTags,
                  isFirstOrder: first, totalMinor: totalMinor, unitCount: units, lineCount: lines, isGift: gift,
                  country: country, service: service, day: CalendarDay(iso: day)!)
    }

    /// Parses `text` as a rules file, failing the test with the error when it does not parse.
    static func rules(_ text: String) throws -> RuleSet { try RuleSet.parse(text, file: "rules.toml") }

    /// The error `text` gives, or nil when it parses.
    static func error(_ text: String) -> ConfigError? {
        do { _ = try RuleSet.parse(text, file: "rules.toml"); return nil } catch { return error }
    }

    static let catalog = try! Catalog([
        SKU(code: "MUG", name: "Mug", barcodes: ["4006381333931"], weightGrams: 350, bin: BinLocation(code: "A02-A-03-1")!,
            dimensions: Dimensions(length: 125, width: 95, height: 105), tags: ["fragile"]),
        SKU(code: "TEE", name: "Tee", barcodes: ["036000291452"], weightGrams: 180, bin: BinLocation(code: "A01-B-05-2")!,
            dimensions: Dimensions(length: 300, width: 240, height: 25)),
        SKU(code: "POSTER", name: "Poster tube", barcodes: ["5901234123457"], weightGrams: 200, bin: BinLocation(code: "A02-B-01-1")!,
            dimensions: Dimensions(length: 30, width: 30, height: 280)),
        SKU(code: "PEN", name: "Pen", barcodes: ["96385074"], weightGrams: 10, bin: BinLocation(code: "A03-A-06-1")!),
    ])

    static func order(_ lines: [(String, Int)], channel: String = "web", country: String = "US", gift: Bool = false,
                      first: Bool = false, tags: [String] = [], price: Int = 1000) -> Order {
        Order(number: "#77", channel: channel, priority: 0, service: .standard, carrier: "UPS", shipBy: 0, createdAt: 0,
              shipTo: ShipTo(name: "N", address1: "A", city: "C", postalCode: "1", country: country),
              lines: lines.enumerated().map { i, l in
                  OrderLine(lineNumber: i + 1, sku: l.0, name: l.0, quantity: l.1, unitPriceMinor: price)
              },
              customer: Customer(email: "a@example.com", isFirstOrder: first), isGift: gift,
              giftMessage: gift ? "Happy birthday" : nil, tags: tags)
    }

    static let cartons = CartonConfig(cartons: [
        Carton(name: "S", barcode: "C0000001", inner: Dimensions(length: 310, width: 220, height: 120), tareGrams: 160,
               maxWeightGrams: 5000),
        Carton(name: "XS", barcode: "C0000002", inner: Dimensions(length: 220, width: 160, height: 80), tareGrams: 90,
               maxWeightGrams: 2000),
        Carton(name: "BR", barcode: "C0000003", inner: Dimensions(length: 320, width: 240, height: 150), tareGrams: 210,
               maxWeightGrams: 6000, branded: true),
    ], tolerance: WeightTolerance(absoluteGrams: 40, percent: 4))

    /// The repository's `config/` folder.
    static let configDirectory: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("config").path
    }()

    static func read(_ relative: String) throws -> String {
        try String(contentsOfFile: configDirectory + "/" + relative, encoding: .utf8)
    }
}
