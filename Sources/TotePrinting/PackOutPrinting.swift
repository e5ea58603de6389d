import ToteCore

/// What the station calls when a carton is finished, reprinted or voided: books the carton with
/// the carrier, writes label and packing slip, and queues them (idempotently) for the station's
/// printers. Nothing here sends; `PrintQueueWorker.drainOnce` does.
public struct PackOutPrinting: Sendable {
    public let carrier: CarrierService
    public let tracking: TrackingSerialStore
    public let queue: PrintQueueStore
    public let shipFrom: ShipFrom
    /// Printer names from `StationConfig.labelPrinter` / `documentPrinter`.
    public let labelPrinter: String
    /// Nil: no packing slip is printed.
    public let documentPrinter: String?
    /// Resolution of each printer, dots per inch (203 when unknown).
    public let dpiByPrinter: [String: Int]
    /// Words, dates and prices of the packing slip: the shop's language (`[documents] language`)
    /// or the ship-to country's (`follow_ship_to`).
    public let documentWording: DocumentWording

    public init(carrier: CarrierService, tracking: TrackingSerialStore, queue: PrintQueueStore, shipFrom: ShipFrom,
                labelPrinter: String, documentPrinter: String?, dpiByPrinter: [String: Int] = [:],
                documentWording: DocumentWording = DocumentWording()) {
        self.documentWording = documentWording
        self.carrier = carrier
        self.tracking = tracking
        self.queue = queue
        self.shipFrom = shipFrom
        self.labelPrinter = labelPrinter
        self.documentPrinter = documentPrinter
        self.dpiByPrinter = dpiByPrinter
    }

    /// The carton as booked and queued.
    public struct Result: Equatable, Sendable {
        /// Nil when the carton had been queued before (a repeated DONE): nothing new was booked.
        public var shipment: Shipment?
        public var labelJob: PrintJob
        public var slipJob: PrintJob?
    }

    /// Books carton `cartonNumber` of `order` and queues its label and packing slip (and, with
    /// carton 1, the return label a rule asked for). Calling it again for the same carton books
    /// nothing and queues nothing twice: each document is queued under its own key, so a crash
    /// between two of them is mended by the next call, and the label already booked is kept.
    /// - Parameters:
    ///   - grams: carton weight with packaging, grams.
    ///   - nowMillis: milliseconds since 1970.
    ///   - hidePrices: nil = hide for gifts (`order.isGift`).
    ///   - returnLabel: the rule's return-label name (`ReturnLabel.kind`); nil for none.
    public func completeCarton(order: Order, cartonNumber: Int = 1, cartonCount: Int = 1, grams: Int, nowMillis: Int64,
                               requestedService: String? = nil, hidePrices: Bool? = nil,
                               returnLabel: String? = nil) throws -> Result {
        let day = ShipDate.local(seconds: nowMillis / 1000, utcOffsetSeconds: 0).date
        let date = day.description
        var shipment: Shipment?
        let label: PrintJob
        if let queued = try queue.jobs(order: order.number).first(where: {
            $0.carton == cartonNumber && $0.kind == .label && $0.copy == 0 }) {
            label = queued
        } else {
            let booked = try book(order: order, cartonNumber: cartonNumber, grams: grams, nowMillis: nowMillis,
                                  requestedService: requestedService)
            let zpl = labelZPL(order: order, shipment: booked, cartonNumber: cartonNumber, cartonCount: cartonCount,
                               grams: grams, date: booked.pickupDate.isEmpty ? date : booked.pickupDate)
            label = try queue.enqueue(PrintJob(orderNumber: order.number, carton: cartonNumber, kind: .label,
                                               printer: labelPrinter, payload: Array(zpl.utf8)), nowMillis: nowMillis)
            shipment = booked
        }
        var slip: PrintJob?
        if let documentPrinter {
            let documentLabels = documentWording.labels(for: order)
            let doc = PackingSlip(order: order, shipFrom: shipFrom, hidePrices: hidePrices ?? order.isGift,
                                  date: documentLabels.format.date(CalendarDay(daysSince1970: day.day)), cartonNumber: cartonNumber,
                                  cartonCount: cartonCount, labels: documentLabels)
            slip = try queue.enqueue(PrintJob(orderNumber: order.number, carton: cartonNumber, kind: .slip,
                                              printer: documentPrinter, payload: Array(doc.zpl(dpi: dpi(documentPrinter)).utf8)),
                                     nowMillis: nowMillis)
        }
        if cartonNumber == 1, let kind = returnLabel {
            let doc = ReturnLabel(kind: kind, order: order, warehouse: shipFrom)
            _ = try queue.enqueue(PrintJob(orderNumber: order.number, carton: cartonNumber, kind: .returnLabel,
                                           printer: labelPrinter, payload: Array(doc.zpl(dpi: dpi(labelPrinter)).utf8)),
                                  nowMillis: nowMillis)
        }
        return Result(shipment: shipment, labelJob: label, slipJob: slip)
    }

    /// REPRINT: queues an explicit, counted new copy of the carton's newest `kind` document.
    /// After a VOID, a label reprint books a new tracking number and prints the new label.
    /// - Returns: nil when the carton was never printed.
    public func reprint(order: Order, cartonNumber: Int = 1, cartonCount: Int = 1, kind: DocumentKind = .label,
                        grams: Int, nowMillis: Int64) throws -> PrintJob? {
        var payload: [UInt8]?
        if kind == .label, try tracking.activeTracking(order: order.number, carton: cartonNumber) == nil,
           try queue.jobs(order: order.number).contains(where: { $0.carton == cartonNumber && $0.kind == .label }) {
            let shipment = try book(order: order, cartonNumber: cartonNumber, grams: grams, nowMillis: nowMillis, requestedService: nil)
            payload = Array(labelZPL(order: order, shipment: shipment, cartonNumber: cartonNumber, cartonCount: cartonCount,
                                     grams: grams, date: shipment.pickupDate).utf8)
        }
        return try queue.reprint(order: order.number, carton: cartonNumber, kind: kind, payload: payload, nowMillis: nowMillis)
    }

    /// VOID (supervisor): the carton's tracking number no longer belongs to it and is never issued
    /// again; `reason` and `supervisor` are recorded. Returns the voided number, nil when the
    /// carton has no active one.
    public func void(order: String, cartonNumber: Int = 1, reason: String, supervisor: String, nowMillis: Int64) throws -> String? {
        guard let number = try tracking.activeTracking(order: order, carton: cartonNumber) else { return nil }
        return try tracking.voidTracking(number: number, reason: reason, by: supervisor, nowMillis: nowMillis) ? number : nil
    }

    /// Jobs still waiting for `labelPrinter` (and the document printer): non-empty after a drain
    /// means "printer offline — label queued".
    public func waitingJobs() throws -> [PrintJob] {
        var all = try queue.pendingJobs(printer: labelPrinter)
        if let documentPrinter, documentPrinter != labelPrinter { all += try queue.pendingJobs(printer: documentPrinter) }
        return all
    }

    private func book(order: Order, cartonNumber: Int, grams: Int, nowMillis: Int64, requestedService: String?) throws -> Shipment {
        try carrier.ship(ShipmentRequest(orderNumber: order.number, carrier: order.carrier, level: order.service,
                                         requestedService: requestedService, country: order.shipTo.country, grams: grams,
                                         nowSeconds: nowMillis / 1000, cartonNumber: cartonNumber))
    }

    private func labelZPL(order: Order, shipment: Shipment, cartonNumber: Int, cartonCount: Int, grams: Int, date: String) -> String {
        let label = ShippingLabel(order: order, shipFrom: shipFrom, weightGrams: grams, date: date,
                                  trackingNumber: shipment.trackingNumber, cartonNumber: cartonNumber,
                                  cartonCount: cartonCount, sscc: shipment.sscc)
        return ZPLWriter.shippingLabel(label, dpi: dpi(labelPrinter))
    }

    private func dpi(_ printer: String) -> Int { dpiByPrinter[printer] ?? 203 }
}
