import ArgumentParser
import Foundation
import ToteCore

/// `tote bench label`: time to write one 4x6 shipping label (with SSCC) and one packing slip
/// as ZPL. Target: label ≤ 200 µs median in a release build.
struct LabelBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "label", abstract: "Shipping label and packing slip generation time (release build).")

    @Option(help: "Timed runs.") var runs: Int = 2000

    func run() {
        let shipFrom = ShipFrom(name: "Tote Demo Fulfilment AB", addressLines: ["Lagervägen 4"], city: "Göteborg",
                                postalCode: "417 05", country: "SE")
        let shipTo = ShipTo(name: "Ștefan Țurcanu", company: "ACME ^XZ~JR Logistics", address1: "Strada Mărășești 14, bl. A2, sc. 1, ap. 7",
                            address2: "Etaj 3", city: "București", postalCode: "040254", province: "Sector 4", country: "RO",
                            phone: "+40 721 555 014")
        let lines = (1...6).map { OrderLine(lineNumber: $0, sku: "SKU-\($0)", name: "Item number \($0), blue, size M", quantity: $0, unitPriceMinor: 1999) }
        let order = Order(number: "#1002", channel: "web", priority: 0, service: .express, carrier: "DHL", shipBy: 1_795_791_600,
                          createdAt: 1_795_766_400, shipTo: shipTo, lines: lines, giftMessage: "Happy birthday!", currency: "EUR")
        let label = ShippingLabel(order: order, shipFrom: shipFrom, weightGrams: 1240, date: "2026-11-27",
                                  trackingNumber: "1Z999AA10123456784", cartonNumber: 1, cartonCount: 2, sscc: "106141411234567897")
        var sink = 0
        for _ in 0..<200 { sink &+= ZPLWriter.shippingLabel(label).utf8.count }
        let clock = ContinuousClock()
        var labelTimes: [Double] = [], slipTimes: [Double] = []
        for _ in 0..<runs {
            labelTimes.append(BenchFigures.microseconds(clock.measure { sink &+= ZPLWriter.shippingLabel(label).utf8.count }))
        }
        let slip = PackingSlip(order: order, shipFrom: shipFrom, hidePrices: false, date: "2026-11-27")
        for _ in 0..<max(runs / 4, 1) {
            slipTimes.append(BenchFigures.microseconds(clock.measure { sink &+= slip.zpl().utf8.count }))
        }
        print(String(format: "shipping label (4x6, SSCC, 203 dpi): median %.1f µs, p99 %.1f µs over %d runs (target ≤ 200 µs median)",
                     BenchFigures.percentile(labelTimes, 0.5), BenchFigures.percentile(labelTimes, 0.99), runs))
        print(String(format: "packing slip (6 lines, gift message): median %.1f µs", BenchFigures.percentile(slipTimes, 0.5)))
        if sink == 42 { print("") }
    }

}
