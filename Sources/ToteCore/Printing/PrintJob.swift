/// What a print job prints; part of its idempotency key.
public enum DocumentKind: String, Sendable, CaseIterable, Equatable {
    case label, slip, picklist, test
    /// A return label a pack rule asked for (`ReturnLabel`).
    case returnLabel = "return"
}

/// queued → sent → done, or back to queued (with back-off) when the send fails, or `failed`
/// after `BackoffPolicy.maxAttempts`.
public enum PrintJobStatus: String, Sendable, CaseIterable, Equatable {
    case queued, sent, done, failed
}

/// One document for one printer, kept in the store until it has printed.
///
/// Idempotent per carton: `key` (`order|carton|kind|copy`) is unique, so enqueueing the same
/// carton's document again returns the existing job; a REPRINT is a new `copy`.
public struct PrintJob: Equatable, Sendable {
    public var id: Int64
    public var key: String
    public var orderNumber: String
    /// From 1; 0 for jobs that belong to no carton (test pages, pick lists).
    public var carton: Int
    public var kind: DocumentKind
    /// 0 for the original, 1… for each explicit REPRINT.
    public var copy: Int
    /// Printer name from `config/printers.toml`.
    public var printer: String
    /// The bytes sent to the printer (ZPL).
    public var payload: [UInt8]
    public var status: PrintJobStatus
    /// Failed sends so far.
    public var attempts: Int
    /// Earliest next send, milliseconds since 1970.
    public var nextAttemptMillis: Int64
    /// The last send error, for the supervisor.
    public var lastError: String?
    /// Milliseconds since 1970.
    public var createdMillis: Int64

    public init(id: Int64 = 0, orderNumber: String, carton: Int, kind: DocumentKind, copy: Int = 0, printer: String,
                payload: [UInt8], status: PrintJobStatus = .queued, attempts: Int = 0, nextAttemptMillis: Int64 = 0,
                lastError: String? = nil, createdMillis: Int64 = 0) {
        self.id = id
        self.key = Self.key(order: orderNumber, carton: carton, kind: kind, copy: copy)
        self.orderNumber = orderNumber
        self.carton = carton
        self.kind = kind
        self.copy = copy
        self.printer = printer
        self.payload = payload
        self.status = status
        self.attempts = attempts
        self.nextAttemptMillis = nextAttemptMillis
        self.lastError = lastError
        self.createdMillis = createdMillis
    }

    /// `order|carton|kind|copy`; `|` cannot be confused because the order number comes first and
    /// the other three parts never contain it.
    public static func key(order: String, carton: Int, kind: DocumentKind, copy: Int) -> String {
        "\(order)|\(carton)|\(kind.rawValue)|\(copy)"
    }
}
