import Foundation
import Testing
@testable import ToteCore

/// Import files of any content: each reader returns its result (orders or products and the
/// problems it found) for every input, never a crash; a problem names a place in the file.
@Suite("Import: hostile input")
struct ImportFuzzTests {
    private static func fuzz(_ fixture: String, seed: UInt64, _ read: ([UInt8]) -> Int) throws {
        let base = try ImportFixtures.bytes(fixture)
        var random = HostileBytes(seed: seed)
        var problems = 0
        for i in 0..<HostileBytes.count {
            problems += read(random.input(from: base, index: i))
        }
        #expect(problems > 0, "no input of \(fixture) had a problem: the mutations are not reaching the reader")
    }

    @Test func shopifyOrders() throws {
        try Self.fuzz("shopify-orders.csv", seed: 0x5E0F_0001) { bytes in
            let result = ShopifyOrderImporter(catalog: ImportFixtures.catalog, shipByRule: ImportFixtures.rule).read(bytes)
            return result.problems.count
        }
    }

    @Test func shopifyProducts() throws {
        try Self.fuzz("shopify-products.csv", seed: 0x5E0F_0002) { bytes in
            ShopifyProductImporter(existing: ImportFixtures.catalog).read(bytes).problems.count
        }
    }

    @Test func nativeOrdersJSONLines() throws {
        try Self.fuzz("orders.jsonl", seed: 0x5E0F_0003) { bytes in
            NativeOrderImporter(catalog: ImportFixtures.catalog, shipByRule: ImportFixtures.rule).read(bytes).problems.count
        }
    }

    @Test func nativeOrdersJSONArray() throws {
        try Self.fuzz("orders.json", seed: 0x5E0F_0004) { bytes in
            NativeOrderImporter(catalog: ImportFixtures.catalog, shipByRule: ImportFixtures.rule).read(bytes).problems.count
        }
    }

    @Test func nativeCatalog() throws {
        try Self.fuzz("catalog.json", seed: 0x5E0F_0005) { bytes in
            NativeCatalogImporter(existing: Catalog()).read(bytes).problems.count
        }
    }

    @Test func csvReader() throws {
        try Self.fuzz("shopify-orders-bad.csv", seed: 0x5E0F_0006) { bytes in
            let result = CSVReader.read(bytes)
            #expect(result.problems.allSatisfy { $0.line >= 1 }, "a CSV problem before line 1")
            return result.problems.count
        }
    }
}

/// Found by the fuzzer: text after an object on a JSON Lines line (`{…},"b":2}`) made the
/// chunker loop for ever, appending empty chunks until memory ran out.
@Suite("JSON chunker: stray separators")
struct JSONChunkerStrayTextTests {
    @Test(arguments: [#"{"a":1},"b":2}"#, "}\n{\"a\":1}", "]", ",,,", "{\"a\":1}}\n{\"b\":2}"])
    func strayTextIsAProblemNotAHang(text: String) {
        let result = JSONChunker.split(Array(text.utf8))
        #expect(!result.problems.isEmpty, "\(text)")
        #expect(result.chunks.allSatisfy { !$0.bytes.isEmpty })
        #expect(result.problems.contains { $0.reason.contains("outside a JSON object") }, "\(result.problems)")
    }

    @Test func arrayWithAStrayBracketReportsIt() {
        let result = JSONChunker.split(Array(#"[{"a":1}, ], {"b":2}]"#.utf8))
        #expect(result.problems.count >= 1)
    }
}
