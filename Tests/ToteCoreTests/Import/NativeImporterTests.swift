import Testing
import ToteCore

@Suite struct NativeImporterTests {
    let importer = NativeOrderImporter(catalog: ImportFixtures.catalog, shipByRule: ImportFixtures.rule)

    @Test func jsonArrayInTheDemoShapeAndWithExtras() throws {
        let result = importer.read(try ImportFixtures.bytes("orders.json"))
        #expect(result.problems == [])
        #expect(result.orders.map(\.number) == ["#3001", "#3002"])
        #expect(result.cancellations == ["#3003"])
        let demo = result.orders[0]
        #expect(demo.shipBy == 1_741_204_800)
        #expect(demo.priority == 1 && demo.carrier == "UPS" && demo.channel == "instagram")
        let rich = result.orders[1]
        #expect(rich.service == .express && rich.carrier == "DHL" && rich.priority == 3)
        #expect(rich.createdAt == ImportTimestamp.parse("2025-03-05T17:45:00Z"))
        // 12:45 in the warehouse: ships today at 16:00 local.
        #expect(rich.shipBy == ImportTimestamp.parse("2025-03-05 16:00:00 -0500"))
        #expect(rich.paidAt == ImportTimestamp.parse("2025-03-05T17:46:10Z"))
        #expect(rich.customer == Customer(email: "ioana@example.ro", isFirstOrder: true))
        #expect(rich.isGift && rich.giftMessage == "La mulți ani!")
        #expect(rich.shipTo.postalCode == "030031")
        #expect(rich.lines == [
            OrderLine(lineNumber: 1, sku: "TEE-BLK-M", name: "Tee", quantity: 1, unitPriceMinor: 7990, barcode: "036000291452"),
            OrderLine(lineNumber: 2, sku: "", name: "Gift card 100 RON", quantity: 1, unitPriceMinor: 10000,
                      requiresShipping: false),
        ])
    }

    @Test func jsonLinesReportsEachBadLineWithField() throws {
        let result = importer.read(try ImportFixtures.bytes("orders.jsonl"))
        #expect(result.orders.map(\.number) == ["#4001"])
        let found = result.problems.map { "\($0.line)|\($0.column)" }
        #expect(found == ["2|created_at", "2|lines[0].quantity", "4|lines[0].quantity"])
        #expect(result.rejectedKeys == ["#4002", "line 4"])
        #expect(result.rejectsText.split(separator: "\n").count == 2)
        #expect(importer.read(Array(result.rejectsText.utf8)).rejectedKeys == ["#4002", "line 2"])
    }

    @Test func brokenJSONIsAProblemNotACrash() {
        let result = importer.read(Array("[{\"number\": \"#1\", ".utf8))
        #expect(!result.problems.isEmpty)
        #expect(result.orders.isEmpty)
    }

    @Test func demoOrdersFileImportsAsItIs() throws {
        let demo = ImportFixtures.folder.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("config/demo")
        let catalogResult = NativeCatalogImporter(existing: Catalog())
            .read(try ImportFixtures.readFile(demo.appendingPathComponent("catalog.json")))
        #expect(catalogResult.problems == [])
        let catalog = try Catalog(catalogResult.skus)
        let orders = NativeOrderImporter(catalog: catalog, shipByRule: ShipByRule())
            .read(try ImportFixtures.readFile(demo.appendingPathComponent("orders.json")))
        #expect(orders.problems == [])
        #expect(!orders.orders.isEmpty)
    }
}
