import Testing
import ToteCore

@Suite struct CatalogImporterTests {
    @Test func shopifyProductsGiveOneSKUPerShippedVariant() throws {
        let result = ShopifyProductImporter(existing: Catalog()).read(try ImportFixtures.bytes("shopify-products.csv"))
        #expect(result.problems == [])
        #expect(result.skus.map(\.code) == ["TEE-BLK-S", "TEE-BLK-M", "CNDL-CIT-L"])
        let tee = result.skus[1]
        #expect(tee.name == "Organic tee, black, M")
        #expect(tee.weightGrams == 180)
        #expect(tee.bin.code == "A01-A-01-2")
        #expect(tee.stock == [BinStock(bin: BinLocation(code: "A01-A-01-2")!, quantity: 14),
                              BinStock(bin: BinLocation(code: "A05-B-02-1")!, quantity: 6)])
        #expect(tee.tags == ["apparel"])
        #expect(result.skus[0].barcodes == ["7351840590989"])
        #expect(result.skus[0].stock == [])
        let candle = result.skus[2]
        #expect(candle.name == "Soy candle, yuzu & citrus, 420 g")
        #expect(candle.tags == ["fragile", "liquid"])
        #expect(candle.dimensions == Dimensions(length: 90, width: 90, height: 110))
    }

    @Test func existingSKUKeepsItsBinWhenTheColumnIsEmpty() throws {
        let existing = try Catalog([SKU(code: "NOBIN-1", name: "Old", barcodes: [], weightGrams: 5,
                                        bin: BinLocation(code: "A09-B-09-1")!)])
        let result = ShopifyProductImporter(existing: existing).read(try ImportFixtures.bytes("shopify-products-bad.csv"))
        #expect(result.skus.map(\.code) == ["NOBIN-1"])
        #expect(result.skus[0].bin.code == "A09-B-09-1")
        #expect(result.skus[0].weightGrams == 10)
    }

    @Test func badProductsAreReported() throws {
        let result = ShopifyProductImporter(existing: Catalog()).read(try ImportFixtures.bytes("shopify-products-bad.csv"))
        #expect(Set(result.problems.map { "\($0.line)|\($0.column)" }) ==
                ["2|Bin Location", "3|Variant Grams", "3|Variant Barcode"])
        #expect(result.skus.isEmpty)
        #expect(result.rejectedKeys == ["NOBIN-1", "BADBC-1"])
    }

    @Test func nativeCatalogWithStockSizeAndTags() throws {
        let result = NativeCatalogImporter(existing: ImportFixtures.catalog).read(try ImportFixtures.bytes("catalog.json"))
        #expect(result.problems == [])
        #expect(result.skus.map(\.code) == ["MUG-WHT", "LAMP-01"])
        #expect(result.skus[0].stock.map(\.quantity) == [24, 48])
        #expect(result.skus[0].dimensions == Dimensions(length: 120, width: 90, height: 100))
        #expect(result.skus[1].tags == ["battery"])
    }

    @Test func barcodeOwnedByAnotherSKUIsRefused() throws {
        let json = #"[{"sku": "NEW-1", "name": "Dup", "barcodes": ["4006381333931"], "weight_g": 1, "bin": "A01-A-01-1"}]"#
        let result = NativeCatalogImporter(existing: ImportFixtures.catalog).read(Array(json.utf8))
        #expect(result.skus.isEmpty)
        #expect(result.problems.count == 1)
        #expect(result.problems[0].reason.contains("MUG-WHT"))
        #expect(result.rejectsText.contains("NEW-1"))
    }
}
