/// The station's way to the printers: book the carton's shipment and queue its label (and
/// packing slip) at DONE, and send what is queued. `TotePrinting` implements it over the
/// store's print queue and the printer transports.
public protocol ShipmentPrinting: Sendable {
    /// Books the carrier service and a tracking number for every box of `packOut` and queues
    /// each box's label and packing slip. Idempotent per box: a repeated finish (a restart, a
    /// retry, a second DONE) books and queues nothing new.
    /// - Parameter nowMillis: milliseconds since 1970.
    func queueDocuments(for packOut: PackOut, nowMillis: Int64) throws -> ShipmentQueued
    /// Sends every queued job that is due; printers that do not answer keep their jobs queued
    /// (with back-off) and are reported.
    func sendQueued(nowMillis: Int64) throws -> PrintRound
    /// REPRINT: queues a counted new copy of the label of carton 1 of `order`. Returns false
    /// when the order never had a label.
    func reprintLabel(of order: Order, nowMillis: Int64) throws -> Bool
}

/// What DONE queued.
public struct ShipmentQueued: Equatable, Sendable {
    /// The first box's tracking number; nil when nothing new was booked.
    public var trackingNumber: String?
    /// The label printer's name (`printers.toml`).
    public var printer: String

    public init(trackingNumber: String?, printer: String) {
        self.trackingNumber = trackingNumber
        self.printer = printer
    }
}

/// What one pass over the print queue did.
public struct PrintRound: Equatable, Sendable {
    public var printed: Int
    /// Printers that did not take a job: their labels wait in the queue.
    public var offlinePrinters: [String]
    /// Jobs still queued after this pass, on every printer.
    public var waiting: Int

    public init(printed: Int, offlinePrinters: [String], waiting: Int) {
        self.printed = printed
        self.offlinePrinters = offlinePrinters
        self.waiting = waiting
    }
}
