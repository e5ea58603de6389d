import ArgumentParser
import Foundation
import ToteCore
import TotePrinting
import ToteStore

/// `tote print picklist ORDER [--format text|zpl] [--out FILE]`: the order's pick list for
/// paper picking, stops in the walking order the pick screen uses.
struct PrintPickListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "picklist",
        abstract: "Print an order's pick list in walking order (plain text, or ZPL for the document printer).",
        discussion: """
            Without --out, text goes to standard output; ZPL is queued for the document printer \
            (--printer, else [printers] document in station.toml) and sent now, or written to standard \
            output when no printer is configured.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, zpl }

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("The order number, e.g. #1003.", valueName: "ORDER"))
    var order: String

    @Option(name: .long, help: "text or zpl.")
    var format: Format = .text

    @Option(name: .long, help: ArgumentHelp("Write the pick list to FILE.", valueName: "FILE"))
    var out: String?

    @Option(name: .long, help: "Printer name from config/printers.toml (ZPL only; default: the station's document printer).")
    var printer: String?

    @Option(name: .long, help: "Printer resolution in dots per inch for ZPL (203, 300 or 600; default: the printer's).")
    var dpi: Int?

    func validate() throws {
        if let dpi, ![203, 300, 600].contains(dpi) { throw ValidationError("--dpi: use 203, 300 or 600.") }
        if printer != nil, format != .zpl { throw ValidationError("--printer prints ZPL: add --format zpl.") }
        if printer != nil, out != nil { throw ValidationError("Use either --out FILE or --printer NAME, not both.") }
    }

    func run() throws {
        let env = try Environment(options: common)
        let store = try env.openStore()
        guard let progress = try store.order(number: order) else {
            throw ToteError("No order \(order) in \(env.store); `tote orders list` shows the orders.")
        }
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        let document = PickListDocument(order: progress.order, catalog: try store.loadCatalog(), layout: env.layout,
                                        router: OptimalPickRouter(),
                                        subtitle: "\(env.station.id) · \(formatter.string(from: Date()))")
        if format == .text {
            try write(document.text())
            return
        }
        let setup = try PrintingSetup(environment: env, store: store)
        let name = out == nil ? printer ?? env.station.documentPrinter : nil
        guard let name else {
            try write(document.zpl(dpi: dpi ?? 203))
            return
        }
        let definition = try setup.printer(name)
        let zpl = document.zpl(dpi: dpi ?? definition.dpi)
        let now = SystemClock().nowMillis()
        // Asked for on purpose, so it prints every time: a later copy is a reprint of the first.
        let first = PrintJob(orderNumber: progress.order.number, carton: 0, kind: .picklist, printer: name,
                             payload: Array(zpl.utf8))
        var job = try store.enqueue(first, nowMillis: now)
        if job.status != .queued || job.printer != name || job.payload != first.payload {
            job = try store.reprint(order: first.orderNumber, carton: 0, kind: .picklist, payload: first.payload,
                                    nowMillis: now) ?? job
        }
        let worker = PrintQueueWorker(store: store, transports: [name: PrinterTransports.make(
            definition, relativeTo: (env.storePath as NSString).deletingLastPathComponent,
            cupsServer: ProcessInfo.processInfo.environment["CUPS_SERVER"])], backoff: setup.printers.backoff)
        let report = try worker.drainOnce(nowMillis: now)
        if let failure = report.failed.first(where: { $0.job.id == job.id }) ?? report.failed.first {
            throw ToteError("Pick list of \(progress.order.number) not printed on \(name) (\(definition.uri)): "
                            + "\(failure.error); it stays queued and the station retries it.")
        }
        print("Sent the pick list of \(progress.order.number) to \(name) (\(definition.uri)).")
    }

    private func write(_ text: String) throws {
        guard let out else {
            print(text, terminator: "")
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: Environment.expandTilde(out)), options: .atomic)
        } catch {
            throw ToteError("--out \(out): cannot write (\(error.localizedDescription)).")
        }
        FileHandle.standardError.write(Data("Wrote the pick list of \(order) to \(out).\n".utf8))
    }
}
