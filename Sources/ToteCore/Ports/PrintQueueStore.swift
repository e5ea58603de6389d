/// The persistent print queue. Every method is one transaction, safe across station processes.
public protocol PrintQueueStore: Sendable {
    /// Adds `job` unless a job with the same key exists; returns the stored job either way
    /// (so a retried DONE or a repeated final scan never prints twice).
    /// - Parameter nowMillis: milliseconds since 1970; the job is due at once.
    func enqueue(_ job: PrintJob, nowMillis: Int64) throws -> PrintJob

    /// Queues a new explicit copy of the newest job for (`order`, `carton`, `kind`) with the next
    /// copy number, atomically (two stations reprinting at once get copies 1 and 2); nil when
    /// there was never an original.
    /// - Parameter payload: new bytes (e.g. a label with a new tracking number after VOID), or
    ///   nil to print the newest job's bytes again.
    func reprint(order: String, carton: Int, kind: DocumentKind, payload: [UInt8]?, nowMillis: Int64) throws -> PrintJob?

    /// Takes the oldest due job (`queued` with `nextAttemptMillis <= now`, or `sent` longer ago
    /// than `leaseMillis`, i.e. a sender that died) for `printers`, marking it `sent`; nil when none is due.
    func claimDue(printers: [String], nowMillis: Int64, leaseMillis: Int64) throws -> PrintJob?

    /// `sent` → `done`.
    func markDone(id: Int64, nowMillis: Int64) throws
    /// `sent` → `queued` due at `retryAtMillis`, or `failed` when `giveUp`; counts the attempt.
    func markFailed(id: Int64, error: String, retryAtMillis: Int64, giveUp: Bool) throws

    /// Jobs not yet `done` for `printer` (queued, sent or failed), oldest first.
    func pendingJobs(printer: String) throws -> [PrintJob]
    /// Every job of `order`, oldest first.
    func jobs(order: String) throws -> [PrintJob]
}
