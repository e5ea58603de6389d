import ToteCore
/// Builds the transport a printer definition names.
public enum PrinterTransports {
    /// - Parameters:
    ///   - relativeTo: the folder a relative `file://` path is taken from (the store's folder).
    ///   - cupsServer: `lp -h` server for every CUPS printer (tests use a private `cupsd`); nil for the system one.
    public static func make(_ printer: PrinterDefinition, relativeTo base: String, cupsServer: String? = nil) -> PrinterTransport {
        switch printer.uri {
        case .tcp(let host, let port):
            return TCPPrinterTransport(printer: printer.name, host: host, port: port, timeoutMillis: printer.timeoutMillis)
        case .cups(let queue):
            return CUPSPrinterTransport(printer: printer.name, queue: queue, server: cupsServer, timeoutMillis: printer.timeoutMillis)
        case .folder(let path):
            let dir = path.hasPrefix("/") ? path : base + "/" + path
            return SpoolFolderTransport(printer: printer.name, directory: dir)
        }
    }
}
