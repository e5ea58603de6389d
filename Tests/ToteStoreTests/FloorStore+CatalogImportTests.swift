import Testing
import ToteCore
import ToteStore

@Suite struct FloorStoreCatalogImportTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    @Test func newChangedAndSameSKUs() throws {
        let store = try Fixtures.store(in: folder, orders: [])
        var changed = Fixtures.sku(1)
        changed.name = "Renamed"
        changed.tags = ["fragile"]
        changed.dimensions = Dimensions(length: 10, width: 20, height: 30)
        changed.stock = [BinStock(bin: changed.bin, quantity: 4), BinStock(bin: BinLocation(code: "A09-A-09-1")!, quantity: 2)]
        var batch = CatalogImport()
        batch.skus = [changed, Fixtures.sku(2), Fixtures.sku(40)]

        let dry = try store.importCatalog(batch, mode: .dryRun)
        #expect(try store.loadCatalog().count == 5)
        let counts = try store.importCatalog(batch, mode: .apply)

        #expect(counts == dry)
        #expect(counts.new == 1 && counts.updated == 1 && counts.unchanged == 1)
        let catalog = try store.loadCatalog()
        #expect(catalog.count == 6)
        #expect(catalog.sku(code: "SKU-1") == changed)
        #expect(try store.importCatalog(batch, mode: .apply).unchanged == 3)
    }
}
