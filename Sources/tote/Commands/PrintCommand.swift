import ArgumentParser
import Foundation
import ToteCore
import TotePrinting
import ToteStore

/// `tote print …`: station paperwork as ZPL.
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Write station labels and pick lists (ZPL or text).",
        subcommands: [Commands.self, Test.self, PrintPickListCommand.self]
    )

    /// `tote print commands [--out FILE] [--dpi N]`: the 4x6 command-barcode sheet.
    struct Commands: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "commands",
            abstract: "Write the command sheet (NEXT, SHORT, DAMAGED, … as Code 128) as one 4x6 ZPL label."
        )

        @Option(name: .long, help: ArgumentHelp("Write the ZPL to FILE instead of standard output.", valueName: "FILE"))
        var out: String?

        @Option(name: .long, help: "Printer resolution in dots per inch (203, 300 or 600).")
        var dpi: Int = 203

        func validate() throws {
            guard [203, 300, 600].contains(dpi) else { throw ValidationError("--dpi: use 203, 300 or 600.") }
        }

        func run() throws {
            let zpl = CommandSheet.zpl(dpi: dpi)
            guard let out else {
                print(zpl, terminator: "")
                return
            }
            do {
                try Data(zpl.utf8).write(to: URL(fileURLWithPath: Environment.expandTilde(out)), options: .atomic)
            } catch {
                throw ToteError("--out \(out): cannot write (\(error.localizedDescription)).")
            }
            print("Wrote the command sheet to \(out).")
        }
    }

    /// `tote print test [--printer NAME]`: sends a test label through the print queue now and
    /// says whether the printer took it (else it stays queued and the station retries it).
    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test",
            abstract: "Print a test label on a printer from config/printers.toml (default: the station's label printer)."
        )

        @OptionGroup var common: CommonOptions

        @Option(name: .long, help: "Printer name from config/printers.toml.")
        var printer: String?

        func run() throws {
            let env = try Environment(options: common)
            let store = try env.openStore()
            let setup = try PrintingSetup(environment: env, store: store)
            guard let name = printer ?? env.station.labelPrinter ?? setup.printers.printers.keys.sorted().first else {
                throw ToteError("No printers in \(env.configDirectory)/printers.toml; add a [printer.NAME] section.")
            }
            let definition = try setup.printer(name)
            let now = SystemClock().nowMillis()
            let zpl = PrinterTestPage.zpl(printer: name, detail: "\(definition.uri) · station \(env.station.id)", dpi: definition.dpi)
            // A new copy each time: a test page is meant to print every time it is asked for.
            let original = PrintJob(orderNumber: "TEST-\(env.station.id)", carton: 0, kind: .test, printer: name, payload: Array(zpl.utf8))
            var job = try store.enqueue(original, nowMillis: now)
            if job.status != .queued || job.printer != name {
                job = try store.reprint(order: original.orderNumber, carton: 0, kind: .test, payload: original.payload, nowMillis: now) ?? job
            }
            let worker = PrintQueueWorker(store: store, transports: [name: PrinterTransports.make(
                definition, relativeTo: (env.storePath as NSString).deletingLastPathComponent,
                cupsServer: ProcessInfo.processInfo.environment["CUPS_SERVER"])], backoff: setup.printers.backoff)
            let report = try worker.drainOnce(nowMillis: now)
            if let failure = report.failed.first {
                throw ToteError("Test label for \(name) (\(definition.uri)) not printed: \(failure.error)")
            }
            print("Sent a test label to \(name) (\(definition.uri)); \(report.printed.count) job(s) printed.")
        }
    }
}
