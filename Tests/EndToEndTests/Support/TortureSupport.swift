import Foundation
import ToteCore
import ToteStore

/// Shared by the torture tests: sizes from the environment, a seeded random source, a store
/// with enough orders, and the scan a diligent packer makes next.
enum TortureSupport {
    /// An integer from the environment (`TOTE_TORTURE_TRIALS`, …), else `fallback`.
    static func setting(_ name: String, default fallback: Int) -> Int {
        ProcessInfo.processInfo.environment[name].flatMap { Int($0) }.map { max(1, $0) } ?? fallback
    }

    /// A store with the demo warehouse and `extraOrders` more small orders (1–2 lines of 1–2
    /// units), made by the real `tote demo` and `tote import orders`: a SQLite file in `dir`, or
    /// the (empty) store `location` names, e.g. a PostgreSQL database. Returns what `--store` takes.
    static func makeStore(in dir: URL, extraOrders: Int, location: String? = nil) async throws -> String {
        let binary = try ToteBinary.locate()
        let storePath = location ?? dir.appendingPathComponent("tote.sqlite").path
        let config = ToteBinary.configDirectory
        let demo = try await Subprocess.run(binary, ["demo", "--store", storePath, "--config", config], scratch: dir)
        guard demo.status == 0 else { throw EndToEndError("tote demo failed: \(demo.stderr)") }
        guard extraOrders > 0 else { return storePath }
        let skus = try FloorStore.open(StoreLocation(parsing: storePath)).loadCatalog().skus.filter { !$0.barcodes.isEmpty }.map(\.code)
        let lines = (0..<extraOrders).map { i -> String in
            let items = (0..<(1 + i % 2)).map { k in
                #"{"line":\#(k + 1),"sku":"\#(skus[(i * 7 + k * 13) % skus.count])","name":"x","quantity":\#(1 + (i + k) % 2)}"#
            }
            return """
                {"number":"#T\(String(format: "%05d", i))","created_at":1795762800,"ship_by":1795795200,\
                "ship_to":{"name":"Load \(i)","address1":"1 Test St","city":"Testville","postal_code":"12345","country":"US"},\
                "lines":[\(items.joined(separator: ","))]}
                """
        }
        let file = dir.appendingPathComponent("load.jsonl")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let imported = try await Subprocess.run(binary, ["import", "orders", file.path, "--store", storePath,
                                                         "--config", config], scratch: dir)
        guard imported.status == 0 else { throw EndToEndError("tote import failed: \(imported.stdout) \(imported.stderr)") }
        return storePath
    }
}


/// The scan a packer who follows the screen makes next: NEXT when idle, the bin then the
/// item on the pick screen, then on the pack screen whatever the checklist asks for next, the
/// scale reading last (which closes the box).
struct DiligentPacker {
    let store: FloorStore
    let catalog: Catalog

    init(store: FloorStore) throws {
        self.store = store
        catalog = try store.loadCatalog()
    }

    mutating func nextScan(after report: DriveProcess.Report) throws -> String {
        guard let order = report.order else { return "NEXT" }
        switch report.screen {
        case "pick":
            guard let bin = report.nextBin, let sku = report.nextSKU else {
                throw EndToEndError("pick screen of \(order) without a next step: \(report)")
            }
            return report.confirmedBin == bin ? try barcode(sku) : bin
        case "pack":
            // What the pack screen asks for next: the lines, what the rules add, the carton,
            // then the scale, whose reading closes the box.
            guard let next = report.packNext else {
                throw EndToEndError("pack screen of \(order) with nothing left to do: \(report)")
            }
            return next.hasPrefix("sku:") ? try barcode(String(next.dropFirst(4))) : next
        default:
            return "NEXT"
        }
    }

    private func barcode(_ sku: String) throws -> String {
        guard let code = catalog.sku(code: sku)?.barcodes.first else { throw EndToEndError("SKU \(sku) has no barcode") }
        return code
    }
}
