import ToteCore
import Foundation

/// A CUPS queue, sent raw: `lp -d QUEUE -o raw FILE` (the ZPL passes through unfiltered).
///
/// `lp` is spawned with a deadline (`Spawn`); a missing queue or a stopped scheduler is
/// `unreachable` (retried), a killed `lp` is `timedOut`.
public struct CUPSPrinterTransport: PrinterTransport {
    public let printer: String
    public let queue: String
    /// `host[:port]` of a scheduler other than the default (`lp -h`); nil for the system one.
    public let server: String?
    /// How long `lp` may take, milliseconds.
    public let timeoutMillis: Int
    /// The `lp` program; resolved on PATH when not absolute.
    public let lpCommand: String

    public init(printer: String, queue: String, server: String? = nil, timeoutMillis: Int = 5000, lpCommand: String = "lp") {
        self.printer = printer
        self.queue = queue
        self.server = server
        self.timeoutMillis = timeoutMillis
        self.lpCommand = lpCommand
    }

    public func send(_ bytes: [UInt8], name: String) throws {
        guard let lp = Spawn.which(lpCommand) else {
            throw PrinterTransportError.unreachable(printer: printer, reason: "no lp command; install cups-client (apt-get install cups-client)")
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tote-print-\(UUID().uuidString).zpl")
        defer { try? FileManager.default.removeItem(at: file) }
        do {
            try Data(bytes).write(to: file)
        } catch {
            throw PrinterTransportError.rejected(printer: printer, reason: "cannot write a temporary file: \(error.localizedDescription)")
        }
        var args: [String] = []
        if let server { args += ["-h", server] }
        args += ["-d", queue, "-o", "raw", "-t", String(name.prefix(60)), file.path]
        let out: Spawn.Output
        do {
            out = try Spawn.run(lp, args, timeoutMillis: timeoutMillis)
        } catch {
            throw PrinterTransportError.unreachable(printer: printer, reason: String(describing: error))
        }
        if out.timedOut { throw PrinterTransportError.timedOut(printer: printer, afterMillis: timeoutMillis) }
        guard out.status == 0 else {
            let why = (out.stderr + out.stdout).trimmingCharacters(in: .whitespacesAndNewlines)
            throw PrinterTransportError.unreachable(printer: printer, reason: "lp exit \(out.status): \(why.prefix(300))")
        }
    }
}
