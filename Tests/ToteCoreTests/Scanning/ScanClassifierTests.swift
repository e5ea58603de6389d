import Testing
@testable import ToteCore

@Suite("Scan classifier")
struct ScanClassifierTests {
    let classifier = ScanClassifier(catalog: CoreFixtures.catalog)

    @Test func itemsResolveByAnyOfTheirBarcodesOrSKU() {
        #expect(classifier.classify("4006381333931") == .item(sku: "MUG"))
        #expect(classifier.classify("036000291452") == .item(sku: "TEE"))
        #expect(classifier.classify("0036000291452") == .item(sku: "TEE"))
        #expect(classifier.classify("00012345600012") == .item(sku: "TEE"))
        #expect(classifier.classify("96385074") == .item(sku: "NOTE"))
        #expect(classifier.classify("CANDLE") == .item(sku: "CANDLE"))
    }

    @Test func binsCommandsAndErrors() {
        #expect(classifier.classify("A02-A-03-1") == .bin(BinLocation(code: "A02-A-03-1")!))
        #expect(classifier.classify("next") == .command(.next))
        #expect(classifier.classify("DONE\r") == .command(.done))
        #expect(classifier.classify("4006381333932") == .badCheckDigit("4006381333932"))
        #expect(classifier.classify("6291041500213") == .unknownProduct(GTIN("6291041500213")!))
        #expect(classifier.classify("hello") == .unknown)
        #expect(classifier.classify("   ") == .unknown)
    }

    @Test func paddingAndSuffixesAreTrimmed() {
        #expect(classifier.classify(" \t4006381333931\r\n") == .item(sku: "MUG"))
    }

    @Test func anyBytesGetAnAnswer() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let n = Int.random(in: 0...80, using: &rng)
            let scalars = (0..<n).compactMap { _ in Unicode.Scalar(UInt32.random(in: 0...0x10FFFF, using: &rng)) }
            _ = classifier.classify(String(String.UnicodeScalarView(scalars)))
        }
        #expect(classifier.classify(String(repeating: "9", count: 10_000)) == .unknown)
    }
}
