import Foundation
import Testing
import ToteCore
import ToteStore

/// A real-shaped Shopify export goes in through `tote import`, and the station packs one of
/// its orders by scans; a file with one bad row is refused whole and names the row.
@Suite("E2E: Shopify import to packed order")
struct ShopifyImportTests {
    static let fixtures = ToteBinary.repositoryRoot.appendingPathComponent("Tests/ToteCoreTests/Import/Fixtures")

    /// The catalogue the Shopify fixture's orders were written against (native JSON format).
    static let catalog = """
        [{"sku": "MUG-WHT", "name": "Ceramic mug, white", "barcodes": ["4006381333931"], "weight_g": 350, "bin": "A02-A-03-1"},
         {"sku": "TEE-BLK-M", "name": "Organic tee, black, M", "barcodes": ["036000291452"], "weight_g": 180, "bin": "A01-B-05-2"},
         {"sku": "CNDL-CIT-L", "name": "Soy candle, yuzu & citrus, 420 g", "barcodes": ["5901234123457"], "weight_g": 540, "bin": "A02-B-01-1"},
         {"sku": "SOCK-GRY-3639", "name": "Wool socks, grey, 36-39", "barcodes": ["96385074"], "weight_g": 90, "bin": "A03-A-06-1"}]
        """

    private func importCatalog(_ station: Station) async throws -> Subprocess.Output {
        let file = station.folder.appendingPathComponent("catalog.json")
        try Self.catalog.write(to: file, atomically: true, encoding: .utf8)
        return try await tote(station, ["import", "catalog", file.path])
    }

    private func tote(_ station: Station, _ arguments: [String]) async throws -> Subprocess.Output {
        try await Subprocess.run(station.tote, arguments + ["--store", station.storePath, "--config",
                                                            ToteBinary.configDirectory], scratch: station.folder)
    }

    @Test(.timeLimit(.minutes(1)))
    func importedOrderIsPackedAtTheStation() async throws {
        let station = try Station()
        defer { station.kill() }
        let catalog = try await importCatalog(station)
        #expect(catalog.status == 0, "\(catalog.stdout)\(catalog.stderr)")
        let orders = try await tote(station, ["import", "orders", Self.fixtures.appendingPathComponent("shopify-orders.csv").path])
        #expect(orders.status == 0, "\(orders.stdout)\(orders.stderr)")
        #expect(orders.stdout.contains("new"), "summary: \(orders.stdout)")
        let open = try station.openStore().openOrderCount()
        #expect(open > 0)

        let s = try await station.launch()
        try await s.waitFor("Queue")
        let number = try await station.claimNext()
        try await station.pickAndPackLines(number)
        try await station.done(number)
        let store = try station.openStore()
        #expect(try store.status(of: number) == .packed)
        #expect(try store.openOrderCount() == open - 1)
    }

    @Test(.timeLimit(.minutes(1)))
    func aFileWithOneBadRowChangesNothingAndNamesTheRow() async throws {
        let station = try Station()
        defer { station.kill() }
        _ = try await importCatalog(station)
        let before = try station.openStore().openOrderCount()
        let bad = try await tote(station, ["import", "orders", Self.fixtures.appendingPathComponent("shopify-orders-bad.csv").path])
        #expect(bad.status != 0)
        let report = bad.stdout + bad.stderr
        #expect(report.contains("shopify-orders-bad.csv:3"), "the report names the bad row: \(report)")
        #expect(try station.openStore().openOrderCount() == before)
    }
}
