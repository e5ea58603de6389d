import ArgumentParser
import Foundation
import ToteCore
import ToteStore

/// `tote import orders|catalog FILE`: bring shop exports into the store.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import orders or the catalogue (Shopify CSV export, or Tote JSON / JSON Lines).",
        discussion: "The native JSON format is described in config/import/README.md.",
        subcommands: [ImportOrdersCommand.self, ImportCatalogCommand.self])
}

/// Options both imports share.
struct ImportOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The file to import (.csv, .json or .jsonl).", valueName: "FILE"))
    var file: String

    @Option(help: "csv, json or jsonl (default: from the file name, else its first character).")
    var format: ImportFormat?

    @Flag(help: "Report what would change without writing anything.")
    var dryRun = false

    @Flag(help: "Import the valid records and write the refused ones to the rejects file.")
    var skipInvalid = false

    @Option(help: ArgumentHelp("Where --skip-invalid writes refused records (default: FILE.rejects.EXT).", valueName: "PATH"))
    var rejects: String?

    func readFile() throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ToteError("\(file): cannot be read (missing, or check its permissions).")
        }
        let bytes = [UInt8](data)
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw ToteError("\(file): not UTF-8 text. Export or save it as UTF-8 (\"CSV UTF-8\" in Excel).")
        }
        return bytes
    }

    func resolvedFormat(_ bytes: [UInt8]) -> ImportFormat { format ?? ImportFormat.detect(path: file, bytes: bytes) }

    /// Prints every problem; refuses the import unless --skip-invalid.
    func report(_ problems: [ImportProblem], rejectedCount: Int, what: String) throws {
        guard !problems.isEmpty else { return }
        for p in problems { FileHandle.standardError.write(Data((p.described(file: file) + "\n").utf8)) }
        if !skipInvalid {
            throw ToteError("\(file): \(problems.count) problem(s) in \(rejectedCount) \(what); nothing was imported. "
                + "Fix the file, or add --skip-invalid to import the rest.")
        }
    }

    /// Writes the refused records next to the file (or to --rejects); returns the path.
    func writeRejects(_ text: String, format: ImportFormat) throws -> String? {
        guard skipInvalid, !dryRun, !text.isEmpty else { return nil }
        let path = rejects ?? (file as NSString).deletingPathExtension + ".rejects." + format.rawValue
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw ToteError("\(path): cannot write the rejects file (\(error.localizedDescription)); pass --rejects PATH.")
        }
        return path
    }

    func summary(_ counts: ImportCounts, rejectsPath: String?) {
        let head = dryRun ? "Dry run, nothing written. \(file) would give: " : "Imported \(file): "
        print(head + counts.summary + (rejectsPath.map { ". Refused records in \($0)" } ?? "") + ".")
    }
}

extension ImportFormat: ExpressibleByArgument {}

struct ImportOrdersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orders", abstract: "Import orders: Shopify orders export CSV, or Tote JSON / JSON Lines.")

    @OptionGroup var options: CommonOptions
    @OptionGroup var importOptions: ImportOptions

    @Option(help: ArgumentHelp("Carrier cutoff (local time) that sets ship-by when the file has none.", valueName: "HH:MM"))
    var cutoff = "16:00"

    func run() throws {
        guard let cutoffSeconds = ShipByRule.secondsOfDay(cutoff) else {
            throw ValidationError("--cutoff '\(cutoff)': give a 24-hour time like 16:00.")
        }
        let env = try Environment(options: options)
        let store = try env.openStore()
        let io = importOptions
        let bytes = try io.readFile()
        let format = io.resolvedFormat(bytes)
        let rule = ShipByRule(cutoffSecondsOfDay: cutoffSeconds, utcOffsetSeconds: TimeZone.current.secondsFromGMT())
        let catalog = try store.loadCatalog()
        let bar = ProgressBar(label: "Importing")
        let batch = format == .csv
            ? ShopifyOrderImporter(catalog: catalog, shipByRule: rule).read(bytes) { bar.update($0 * 0.5) }
            : NativeOrderImporter(catalog: catalog, shipByRule: rule).read(bytes) { bar.update($0 * 0.5) }
        try io.report(batch.problems, rejectedCount: batch.rejectedKeys.count, what: "order(s)")
        let counts = try store.importOrders(batch, mode: io.dryRun ? .dryRun : .apply, now: SystemClock().nowMillis(),
                                            skipInvalid: io.skipInvalid) { bar.update(0.5 + $0 * 0.5) }
        bar.finish()
        io.summary(counts, rejectsPath: try io.writeRejects(batch.rejectsText, format: format))
    }
}

struct ImportCatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog", abstract: "Import SKUs: Shopify products export CSV (with a Bin Location column), or Tote JSON.")

    @OptionGroup var options: CommonOptions
    @OptionGroup var importOptions: ImportOptions

    func run() throws {
        let env = try Environment(options: options)
        let store = try env.openStore()
        let io = importOptions
        let bytes = try io.readFile()
        let format = io.resolvedFormat(bytes)
        let existing = try store.loadCatalog()
        let batch = format == .csv ? ShopifyProductImporter(existing: existing).read(bytes)
                                   : NativeCatalogImporter(existing: existing).read(bytes)
        try io.report(batch.problems, rejectedCount: batch.rejectedKeys.count, what: "SKU(s)")
        let counts = try store.importCatalog(batch, mode: io.dryRun ? .dryRun : .apply, skipInvalid: io.skipInvalid,
                                             now: SystemClock().nowMillis())
        io.summary(counts, rejectsPath: try io.writeRejects(batch.rejectsText, format: format))
    }
}

/// A one-line progress bar on stderr, drawn only when stderr is a terminal and the work has
/// taken more than a second, at most ten times a second.
final class ProgressBar {
    private let label: String
    private let enabled = isatty(STDERR_FILENO) == 1
    private let started = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(label: String) { self.label = label }

    /// - Parameter fraction: 0…1.
    func update(_ fraction: Double) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(started) > 1, now.timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = now
        let width = 30
        let filled = max(0, min(width, Int(fraction * Double(width))))
        let line = "\r\(label) [" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
            + "] " + String(format: "%3d%%", Int(fraction * 100))
        FileHandle.standardError.write(Data(line.utf8))
        drawn = true
    }

    /// Clears the bar line.
    func finish() {
        guard drawn else { return }
        FileHandle.standardError.write(Data(("\r" + String(repeating: " ", count: label.count + 40) + "\r").utf8))
    }
}
