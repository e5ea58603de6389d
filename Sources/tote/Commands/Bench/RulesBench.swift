import ArgumentParser
import Foundation
import ToteCore

/// `tote bench rules`: evaluating a 200-rule file against one order (facts built from the order
/// and catalogue, every rule tried, groups resolved, actions merged). Target: median ≤ 100 µs.
struct RulesBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "Pack-rule evaluation time: 200 rules against one order (release build).")

    @Option(help: "Rules in the generated file.")
    var rules: Int = 200

    @Option(help: "Timed evaluations.")
    var runs: Int = 20_000

    func run() throws {
        let set = try RuleSet.parse(Self.rulesFile(count: rules), file: "bench-rules.toml")
        let catalog = try Catalog((0..<40).map { i in
            SKU(code: "SKU-\(i)", name: "Item \(i)", barcodes: [], weightGrams: 100 + i, bin: BinLocation(code: "A01-A-01-1")!,
                dimensions: Dimensions(length: 100, width: 80, height: 60), tags: i % 3 == 0 ? ["fragile"] : ["tag\(i % 7)"])
        })
        let order = Order(number: "#B1", channel: "nordic-home", priority: 0, service: .express, carrier: "DHL", shipBy: 0,
                          createdAt: 0, shipTo: ShipTo(name: "N", address1: "A", city: "C", postalCode: "1", country: "SE"),
                          lines: (1...5).map { OrderLine(lineNumber: $0, sku: "SKU-\($0 * 3)", name: "x", quantity: $0, unitPriceMinor: 2500) },
                          customer: Customer(email: "a@example.com", isFirstOrder: true), isGift: true, tags: ["vip", "repeat"])
        let now = LocalTime(seconds: 1_795_780_800, utcOffsetSeconds: 3600)
        var times: [Double] = []
        times.reserveCapacity(runs)
        var fired = 0
        let clock = ContinuousClock()
        for _ in 0..<200 { fired &+= set.evaluate(RuleFacts(order: order, catalog: catalog, now: now)).fired.count }  // warm-up
        for _ in 0..<runs {
            let began = clock.now
            let result = set.evaluate(RuleFacts(order: order, catalog: catalog, now: now))
            let took = clock.now - began
            fired &+= result.fired.count
            times.append(BenchFigures.microseconds(took))
        }
        let last = set.evaluate(RuleFacts(order: order, catalog: catalog, now: now))
        print("pack rules: \(set.rules.count) rules against a 5-line order, \(runs) runs "
            + "(\(last.fired.count) fired, \(last.suppressed.count) suppressed per run)")
        print(String(format: "  median %.2f µs  p95 %.2f µs  p99 %.2f µs  (target: median ≤ 100 µs)",
                     BenchFigures.percentile(times, 0.5), BenchFigures.percentile(times, 0.95), BenchFigures.percentile(times, 0.99)))
        if fired == 0 { print("  (no rule fired)") }
    }

    /// A realistic mix: every condition kind, nesting, groups, most rules not matching.
    static func rulesFile(count: Int) -> String {
        var out = "[regions]\nHome = [\"SE\", \"NO\"]\n"
        let conditions = [
            "{ first_order = true }", "{ gift = true, country = \"DE\" }", "{ sku_tag = [\"fragile\", \"glass\"] }",
            "{ channel = \"nordic-home\", total = { min = 50.00 } }", "{ region = \"EU\", units = { min = 10 } }",
            "{ date = { from = \"2026-11-27\", to = \"2026-11-30\" }, not = { channel = \"marketplace-eu\" } }",
            "{ weekday = [\"sat\", \"sun\"] }", "{ order_tag = [\"vip\", \"wholesale\"], service = [\"express\", \"overnight\"] }",
            "{ any = [{ country = \"US\" }, { region = \"Home\", lines = { min = 6 } }] }", "{ sku = [\"SKU-1\", \"SKU-2\", \"SKU-3\"] }",
        ]
        for i in 0..<count {
            out += """
                [[rule]]
                name = "rule-\(i)"
                priority = \(i % 17)
                \(i % 4 == 0 ? "group = \"g\(i % 5)\"\n" : "")when = \(conditions[i % conditions.count])
                insert = { name = "Insert \(i)", barcode = "INS\(i)", weight_g = 5 }
                \(i % 3 == 0 ? "instruction = \"Note \(i)\"\n" : "")
                """
        }
        return out
    }
}
