/// Delivers bytes to one printer (raw TCP, CUPS, a spool folder, …).
public protocol PrinterTransport: Sendable {
    /// Sends `bytes` as one job; returns when the printer (or spooler) has taken all of them.
    /// Must give up within the transport's timeout rather than hang.
    /// - Parameter name: a stable, file-system-safe job name (used by the spool folder).
    /// - Throws: `PrinterTransportError`.
    func send(_ bytes: [UInt8], name: String) throws
}

/// Why a send failed. `unreachable` and `timedOut` are retried with back-off.
public enum PrinterTransportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Connection refused, no route, no such host, queue missing: the printer is offline.
    case unreachable(printer: String, reason: String)
    /// The connection or the send took longer than the configured timeout.
    case timedOut(printer: String, afterMillis: Int)
    /// The spooler refused the job (e.g. `lp` exit status), or the folder is not writable.
    case rejected(printer: String, reason: String)

    public var description: String {
        switch self {
        case .unreachable(let p, let r): return "printer \(p) is unreachable (\(r)); the job stays queued and is retried"
        case .timedOut(let p, let ms): return "printer \(p) did not answer within \(ms) ms; the job stays queued and is retried"
        case .rejected(let p, let r): return "printer \(p) refused the job: \(r)"
        }
    }
}
