import ToteCore

/// Drains the store's print queue: sends due jobs to their printers, marks them done, and puts
/// failed sends back with back-off. Synchronous and single-pass, so the station calls
/// `drainOnce(nowMillis:)` from its loop and tests are deterministic.
///
/// One job per printer is tried per pass after a failure: once a printer is found offline the
/// rest of its jobs wait for the next pass (they keep their order).
public struct PrintQueueWorker: Sendable {
    public let store: PrintQueueStore
    /// Printer name → transport.
    public let transports: [String: PrinterTransport]
    public let backoff: BackoffPolicy
    /// A job left `sent` longer than this (its sender crashed) is sent again, milliseconds.
    public let leaseMillis: Int64

    public init(store: PrintQueueStore, transports: [String: PrinterTransport], backoff: BackoffPolicy = BackoffPolicy(),
                leaseMillis: Int64 = 120_000) {
        self.store = store
        self.transports = transports
        self.backoff = backoff
        self.leaseMillis = leaseMillis
    }

    /// What one pass did.
    public struct Report: Equatable, Sendable {
        public var printed: [PrintJob] = []
        /// Jobs whose send failed this pass, with the reason; they stay queued (or are `failed`
        /// once `BackoffPolicy.maxAttempts` is reached).
        public var failed: [(job: PrintJob, error: String)] = []
        /// Printers that did not take a job this pass: show "printer offline — label queued".
        public var offlinePrinters: Set<String> = []

        public init() {}

        /// True when the pass neither printed nor failed anything.
        public var isEmpty: Bool { printed.isEmpty && failed.isEmpty }

        public static func == (a: Report, b: Report) -> Bool {
            a.printed == b.printed && a.offlinePrinters == b.offlinePrinters
                && a.failed.map(\.job) == b.failed.map(\.job) && a.failed.map(\.error) == b.failed.map(\.error)
        }
    }

    /// Sends every due job once.
    /// - Parameters:
    ///   - nowMillis: milliseconds since 1970 (the station's clock).
    ///   - limit: at most this many jobs per pass, so a long queue cannot stall the screen.
    public func drainOnce(nowMillis: Int64, limit: Int = 50) throws -> Report {
        var report = Report()
        var printers = Array(transports.keys).sorted()
        var handled = 0
        while handled < limit, !printers.isEmpty,
              let job = try store.claimDue(printers: printers, nowMillis: nowMillis, leaseMillis: leaseMillis) {
            handled += 1
            guard let transport = transports[job.printer] else { continue }
            do {
                try transport.send(job.payload, name: Self.jobName(job))
                try store.markDone(id: job.id, nowMillis: nowMillis)
                var done = job
                done.status = .done
                report.printed.append(done)
            } catch {
                let attempts = job.attempts + 1
                let giveUp = attempts >= backoff.maxAttempts
                let text = String(describing: error)
                try store.markFailed(id: job.id, error: text, retryAtMillis: nowMillis + backoff.delay(afterAttempts: attempts),
                                     giveUp: giveUp)
                var failed = job
                failed.attempts = attempts
                failed.status = giveUp ? .failed : .queued
                failed.lastError = text
                report.failed.append((failed, text))
                report.offlinePrinters.insert(job.printer)
                printers.removeAll { $0 == job.printer }
            }
        }
        return report
    }

    /// `label-1001-c1` / `slip-1001-c1-copy2`: file-system safe, stable per job key.
    public static func jobName(_ job: PrintJob) -> String {
        let safe = String(job.orderNumber.unicodeScalars.map { s -> Character in
            let v = s.value
            let ok = (48...57).contains(v) || (65...90).contains(v) || (97...122).contains(v) || v == 45
            return ok ? Character(s) : "_"
        }.prefix(60))
        let base = "\(job.kind.rawValue)-\(safe)-c\(job.carton)"
        return job.copy == 0 ? base : base + "-copy\(job.copy)"
    }
}
