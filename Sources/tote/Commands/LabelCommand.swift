import ArgumentParser
import Foundation
import ToteCore
import ToteStore

/// `tote label ORDER [--out FILE] [--dpi N]`: writes an order's 4x6 shipping label as ZPL without
/// printing it. An order whose label is already queued gets those exact bytes; otherwise a
/// preview: the service the station would choose, and a specimen tracking number that nothing
/// is booked for (books nothing, spends no serial; the station books the carton when it closes).
struct LabelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "label",
        abstract: "Write an order's shipping label as ZPL (no printing)."
    )

    @OptionGroup var common: CommonOptions

    @Argument(help: "The order number, e.g. #1001 (the # may be left out).")
    var order: String

    @Option(name: .long, help: ArgumentHelp("Write the ZPL to FILE instead of standard output.", valueName: "FILE"))
    var out: String?

    @Option(name: .long, help: "Printer resolution in dots per inch (203, 300 or 600).")
    var dpi: Int = 203

    @Option(name: .long, help: "Carton number (from 1) and count, e.g. 1/2.")
    var carton: String = "1/1"

    func validate() throws {
        guard [203, 300, 600].contains(dpi) else { throw ValidationError("--dpi: use 203, 300 or 600.") }
        guard parsedCarton != nil else { throw ValidationError("--carton: write N/M with 1 ≤ N ≤ M, e.g. 1/2.") }
    }

    private var parsedCarton: (Int, Int)? {
        let parts = carton.split(separator: "/")
        guard parts.count == 2, let n = Int(parts[0]), let m = Int(parts[1]), n >= 1, n <= m else { return nil }
        return (n, m)
    }

    func run() throws {
        let env = try Environment(options: common)
        let store = try env.openStore()
        let number = order.hasPrefix("#") ? order : "#" + order
        guard let progress = try store.order(number: number) ?? store.order(number: order) else {
            throw ToteError("Order \(order) is not in the store \(env.store). `tote orders` lists them.")
        }
        let o = progress.order
        let (cartonNumber, cartonCount) = parsedCarton!
        let zpl: String
        if let queued = try store.jobs(order: o.number).last(where: { $0.kind == .label && $0.carton == cartonNumber }), dpi == 203 {
            zpl = String(decoding: queued.payload, as: UTF8.self)
        } else {
            let setup = try PrintingSetup(environment: env, store: store)
            let catalog = try store.loadCatalog()
            let grams = o.shippableLines.reduce(0) { $0 + (catalog.sku(code: $1.sku)?.weightGrams ?? 0) * $1.quantity }
            let now = SystemClock().nowMillis()
            let shipment = try setup.carrierService.preview(ShipmentRequest(
                orderNumber: o.number, carrier: o.carrier, level: o.service, country: o.shipTo.country, grams: grams,
                nowSeconds: now / 1000, cartonNumber: cartonNumber))
            let label = ShippingLabel(order: o, shipFrom: env.shipFrom, weightGrams: grams, date: shipment.pickupDate,
                                      trackingNumber: shipment.trackingNumber, cartonNumber: cartonNumber,
                                      cartonCount: cartonCount, sscc: shipment.sscc)
            zpl = ZPLWriter.shippingLabel(label, dpi: dpi)
            FileHandle.standardError.write(Data("PREVIEW: \(shipment.serviceName) · specimen tracking \(shipment.trackingNumber), not booked — never ship with this label\(shipment.meetsPromise ? "" : " (the service misses the promised delivery)")\n".utf8))
        }
        guard let out else {
            print(zpl, terminator: "")
            return
        }
        do {
            try Data(zpl.utf8).write(to: URL(fileURLWithPath: Environment.expandTilde(out)), options: .atomic)
        } catch {
            throw ToteError("--out \(out): cannot write (\(error.localizedDescription)).")
        }
        print("Wrote the label of \(o.number) to \(out).")
    }
}
