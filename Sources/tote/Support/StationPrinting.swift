import ToteCore
import TotePrinting
import ToteStore

/// `ShipmentPrinting` for a station: the carton's weight from the catalogue, the pack-out
/// booking and queueing of `PackOutPrinting`, and the sending of `PrintQueueWorker`.
struct StationPrinting: ShipmentPrinting {
    let packOut: PackOutPrinting
    let worker: PrintQueueWorker
    let catalog: Catalog
    let labelPrinter: String

    func queueDocuments(for out: PackOut, nowMillis: Int64) throws -> ShipmentQueued {
        var first: String?
        for box in out.boxes {
            let result = try packOut.completeCarton(order: out.order, cartonNumber: box.number, cartonCount: out.boxes.count,
                                                    grams: box.grams, nowMillis: nowMillis,
                                                    requestedService: out.requestedService, hidePrices: out.hidePrices,
                                                    returnLabel: out.returnLabel)
            if first == nil { first = result.shipment?.trackingNumber }
        }
        return ShipmentQueued(trackingNumber: first, printer: labelPrinter)
    }

    func reprintLabel(of order: Order, nowMillis: Int64) throws -> Bool {
        try packOut.reprint(order: order, grams: grams(order), nowMillis: nowMillis) != nil
    }

    private func grams(_ order: Order) -> Int {
        order.shippableLines.reduce(0) { $0 + (catalog.sku(code: $1.sku)?.weightGrams ?? 0) * $1.quantity }
    }

    func sendQueued(nowMillis: Int64) throws -> PrintRound {
        let report = try worker.drainOnce(nowMillis: nowMillis)
        return PrintRound(printed: report.printed.count, offlinePrinters: report.offlinePrinters.sorted(),
                          waiting: try packOut.waitingJobs().count)
    }
}
