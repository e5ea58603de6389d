import Foundation
import Testing
import ToteCore
import ToteStore

/// `tote print picklist` on the real binary: text to stdout in the station's walking order,
/// ZPL to a file, and ZPL through the print queue to the station's document printer.
@Suite("E2E: print picklist", .timeLimit(.minutes(1)))
struct PrintPickListTests {
    @Test func textZplFileAndDocumentPrinter() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tote-pl-" + UUID().uuidString.prefix(8))
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let binary = try ToteBinary.locate()
        let config = dir.appendingPathComponent("config")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: ToteBinary.configDirectory), to: config)
        let stationFile = config.appendingPathComponent("station.toml")
        try (try String(contentsOf: stationFile, encoding: .utf8)
            .replacingOccurrences(of: "# document = \"label-spool\"", with: "document = \"label-spool\""))
            .write(to: stationFile, atomically: true, encoding: .utf8)
        let storePath = dir.appendingPathComponent("tote.sqlite").path
        let common = ["--store", storePath, "--config", config.path]
        #expect(try await Subprocess.run(binary, ["demo"] + common, scratch: dir).status == 0)

        let store = try FloorStore(path: storePath)
        let order = try #require(try store.queue(offset: 0, limit: 1).first?.number)
        let progress = try #require(try store.order(number: order))
        let layoutText = try String(contentsOf: config.appendingPathComponent("warehouse.toml"), encoding: .utf8)
        let layout = try WarehouseLayout.parse(layoutText, file: "warehouse.toml")
        let walk = PickList(order: progress.order, catalog: try store.loadCatalog(), layout: layout,
                            router: OptimalPickRouter())

        let text = try await Subprocess.run(binary, ["print", "picklist", order] + common, scratch: dir)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.hasPrefix("PICK LIST  \(order)\n"))
        let bins = text.stdout.split(separator: "\n").filter { $0.hasPrefix("[ ]") }
            .map { $0.split(separator: " ", omittingEmptySubsequences: true)[3] }.map(String.init)
        #expect(bins == walk.steps.map(\.bin.code), "rows in the station's walking order")

        let file = dir.appendingPathComponent("pl.zpl").path
        let zpl = try await Subprocess.run(binary, ["print", "picklist", order, "--format", "zpl", "--out", file] + common,
                                          scratch: dir)
        #expect(zpl.status == 0, "\(zpl.stderr)")
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written.hasPrefix("^XA") && written.contains("PICK LIST") && written.hasSuffix("^XZ\n"))

        let printed = try await Subprocess.run(binary, ["print", "picklist", order, "--format", "zpl"] + common, scratch: dir)
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(printed.stdout.contains("Sent the pick list of \(order) to label-spool"))
        let spool = dir.appendingPathComponent("spool")
        let files = try FileManager.default.contentsOfDirectory(atPath: spool.path)
        let spooled = try files.map { try String(contentsOf: spool.appendingPathComponent($0), encoding: .utf8) }
        #expect(spooled.contains(written), "the document printer got the same ZPL")

        let missing = try await Subprocess.run(binary, ["print", "picklist", "#NOPE"] + common, scratch: dir)
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("No order #NOPE"))
    }
}
