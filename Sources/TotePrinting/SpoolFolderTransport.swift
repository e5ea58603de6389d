import ToteCore
import Foundation

/// Writes each job as `NAME.zpl` into a folder, atomically (temporary file, then rename), for a
/// printer watcher or a person to pick up. The same name replaces its file, so a retried job
/// never leaves two copies.
public struct SpoolFolderTransport: PrinterTransport {
    public let printer: String
    public let directory: String

    public init(printer: String, directory: String) {
        self.printer = printer
        self.directory = directory
    }

    public func send(_ bytes: [UInt8], name: String) throws {
        let dir = URL(fileURLWithPath: directory, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try Data(bytes).write(to: dir.appendingPathComponent(name + ".zpl"), options: .atomic)
        } catch {
            throw PrinterTransportError.rejected(printer: printer, reason: "cannot write to \(directory): \(error.localizedDescription); "
                + "make the folder writable or change the printer's uri in config/printers.toml")
        }
    }

    /// The file a job named `name` is written to.
    public func path(for name: String) -> String {
        URL(fileURLWithPath: directory, isDirectory: true).appendingPathComponent(name + ".zpl").path
    }
}
