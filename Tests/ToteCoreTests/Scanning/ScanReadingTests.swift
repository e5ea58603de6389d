import Testing
@testable import ToteCore

/// The scan grammar end to end: AIM identifiers, GS1 element strings, counts, station labels.
/// GTINs and element strings are the published GS1 examples cited in GS1ElementStringTests.
@Suite("Scan reading")
struct ScanReadingTests {
    static let gs = "\u{1D}"
    /// The GS1 example GTIN 09501101530003 as a unit of WIDGET, and a case of it (indicator 1).
    static let caseGTIN = GS1CheckDigit.appending(to: "1950110153000")
    static let catalog: Catalog = {
        var c = CoreFixtures.catalog
        try! c.add(SKU(code: "WIDGET", name: "Widget", barcodes: ["9501101530003"], weightGrams: 10,
                       bin: BinLocation(code: "A04-A-01-1")!))
        try! c.add(SKU(code: "BOLT", name: "Bolt", barcodes: ["12345678901231"], weightGrams: 5,
                       bin: BinLocation(code: "A04-A-02-1")!))
        return c
    }()
    let classifier = ScanClassifier(catalog: Self.catalog, unitsPerCase: [Self.caseGTIN: 12])

    @Test func gs1128WithAIMAndVariableLotAtEnd() {
        let r = classifier.read("]C1010950110153000317140704" + "10AB-123")
        #expect(r.kind == .item(sku: "WIDGET"))
        #expect(r.symbology == .gs1_128)
        #expect(r.gtin?.digits == "09501101530003")
        #expect(r.elementString?.description == "(01)09501101530003(17)140704(10)AB-123")
        #expect(r.elementString?["17"]?.date?.isoText == "2014-07-04")
        #expect(r.quantity == 1)
        #expect(r.issue == nil)
    }

    @Test func gs1DataMatrixAndQRWithGSTerminatedFields() {
        let data = "0112345678901231" + "10ABC123" + Self.gs + "11210630"
        #expect(classifier.read("]d2" + data).kind == .item(sku: "BOLT"))
        #expect(classifier.read("]d2" + data).symbology == .gs1DataMatrix)
        #expect(classifier.read("]Q3" + data).symbology == .gs1QR)
        #expect(classifier.read("]Q3" + data).elementString?["10"]?.value == "ABC123")
        // FNC1 in first position transmitted as a leading GS.
        #expect(classifier.read("]C1" + Self.gs + data).kind == .item(sku: "BOLT"))
    }

    @Test func gs1WithoutAIMIdentifier() {
        #expect(classifier.classify("010950110153000317140704" + "10AB-123") == .item(sku: "WIDGET"))
        #expect(classifier.classify("(01)09501101530003(17)140704(10)AB-123") == .item(sku: "WIDGET"))
        #expect(classifier.read("0109501101530003").symbology == nil)
        #expect(classifier.classify("0109501101530003") == .item(sku: "WIDGET"))
    }

    @Test func gsSubstituteCharacter() {
        let c = ScanClassifier(catalog: Self.catalog, config: ScanGrammarConfig(gsSubstitute: "|"))
        let r = c.read("]C10112345678901231" + "10ABC123|11210630")
        #expect(r.kind == .item(sku: "BOLT"))
        #expect(r.elementString?["11"]?.value == "210630")
        // Without the setting, `|` is just a bad character in a lot number.
        #expect(classifier.read("]C10112345678901231" + "10ABC123|11210630").issue
                == .elementString(.badCharacter(ai: "10", character: "|", offset: 24)))
    }

    @Test func countsAndCases() {
        #expect(classifier.read("]C10109501101530003" + "3024").quantity == 24)
        #expect(classifier.read("]C10109501101530003" + "3024").kind == .item(sku: "WIDGET"))
        // A case GTIN-14 not in the catalogue resolves to its unit when the case size is known.
        let caseScan = classifier.read(Self.caseGTIN)
        #expect(caseScan.kind == .item(sku: "WIDGET"))
        #expect(caseScan.quantity == 12)
        #expect(classifier.read("]C101" + Self.caseGTIN + "306").quantity == 6)
        // …and is an unknown product when it is not.
        let unknownCase = ScanClassifier(catalog: Self.catalog).read(Self.caseGTIN)
        #expect(unknownCase.kind == .unknownProduct(GTIN(Self.caseGTIN)!))
        #expect(classifier.read("]C10109501101530003" + "300").issue == .badCount(ai: "30", value: "0"))
    }

    @Test func cartonsBySSCC() {
        let r = classifier.read("]C100106141411234567897")
        #expect(r.kind == .carton("106141411234567897"))
        #expect(r.sscc?.extensionDigit == 1)
        let logistic = classifier.read("]C1" + "00106141411234567897" + "0209501101530003" + "3712")
        #expect(logistic.kind == .carton("106141411234567897"))
        #expect(logistic.gtin?.digits == "09501101530003")
        #expect(logistic.quantity == 12)
        #expect(classifier.classify("106141411234567897") == .carton("106141411234567897"))
        let bad = classifier.read("]C100106141411234567898")
        #expect(bad.kind == .badCheckDigit("106141411234567898"))
        #expect(bad.issue == .checkDigit(code: "106141411234567898", expected: 7, got: 8))
    }

    @Test func eanUPCWithAIM() {
        let r = classifier.read("]E04006381333931")
        #expect(r.kind == .item(sku: "MUG"))
        #expect(r.symbology == .eanUPC)
        #expect(r.gtin?.format == .ean13)
        #expect(classifier.read("]E496385074").kind == .item(sku: "NOTE"))
        #expect(classifier.read("]E00036000291452").kind == .item(sku: "TEE"))
    }

    @Test func checkDigitMessage() {
        let r = classifier.read("4006381333932")
        #expect(r.kind == .badCheckDigit("4006381333932"))
        #expect(r.issue == .checkDigit(code: "4006381333932", expected: 1, got: 2))
        #expect(r.issue?.message == "Check digit wrong: 4006381333932 — rescan")
        #expect(r.issue?.detail == "expected check digit 1, read 2")
        let gs1 = classifier.read("]C10109501101530004")
        #expect(gs1.kind == .badCheckDigit("09501101530004"))
        #expect(gs1.issue?.message == "Check digit wrong: 09501101530004 — rescan")
    }

    @Test func specificGS1Reasons() {
        #expect(classifier.read("]C1010950110153000317141332").issue
                == .elementString(.badDate(ai: "17", value: "141332", problem: .badMonth(13))))
        #expect(classifier.read("]C1010950110153000317141332").kind == .unknown)
        #expect(classifier.read("]C110AB-123" + Self.gs + "17140704").issue == .missingGTIN)
        #expect(classifier.read("]C10109501101530003" + "0212345678901231").issue == .conflictingGTINs)
        #expect(classifier.read("]C10109501101530003" + "4512").issue?.logName == "unknown_ai")
        #expect(classifier.read("]C1").issue == .empty)
        // A valid GS1 string for a product the catalogue lacks.
        let unknown = classifier.read("]C10195012345678903")
        #expect(unknown.kind == .unknownProduct(GTIN("95012345678903")!))
        #expect(unknown.elementString != nil)
    }

    @Test func stationLabelsAndCommands() {
        #expect(classifier.read("]C0NEXT").kind == .command(.next))
        #expect(classifier.read("]C0NEXT").symbology == .code128)
        for command in StationCommand.allCases {
            #expect(classifier.classify(command.rawValue.lowercased()) == .command(command))
        }
        #expect(classifier.classify("a03-b-12-2") == .bin(BinLocation(code: "A03-B-12-2")!))
        #expect(classifier.classify("T12345") == .tote("T12345"))
        #expect(classifier.classify("cart07") == .tote("CART07"))
        #expect(classifier.classify("C0012345") == .carton("C0012345"))
        #expect(classifier.classify("B00042") == .badge("B00042"))
        #expect(classifier.classify("#1021") == .order("#1021"))
        #expect(classifier.classify("T123") == .unknown)
        #expect(classifier.read("T123").issue == .unknownCode)
    }

    @Test func configuredPatternsPrefixesAndSuffixes() {
        var config = ScanGrammarConfig()
        config.totePatterns = ["^TOTE-[0-9]{3}$"]
        config.orderPatterns = ["^SO[0-9]{6}$"]
        config.stripPrefixes = ["*"]
        config.stripSuffixes = ["#"]
        let c = ScanClassifier(catalog: Self.catalog, config: config)
        #expect(c.classify("*TOTE-001#") == .tote("TOTE-001"))
        #expect(c.classify("SO123456") == .order("SO123456"))
        #expect(c.classify("T12345") == .unknown)
        #expect(c.classify("*4006381333931#") == .item(sku: "MUG"))
    }

    @Test func skuCodesWinOverPatterns() throws {
        var c = Self.catalog
        try c.add(SKU(code: "T99999", name: "T", barcodes: [], weightGrams: 1, bin: BinLocation(code: "A01-A-01-1")!))
        #expect(ScanClassifier(catalog: c).classify("T99999") == .item(sku: "T99999"))
    }

    @Test func hostileInput() {
        #expect(classifier.read(String(repeating: "9", count: 10_000)).issue == .tooLong(bytes: 10_000))
        #expect(classifier.read("\u{00A0}NEXT\u{3000}").kind == .command(.next))
        #expect(classifier.read("]C1\u{0}\u{1}").kind == .unknown)
        #expect(classifier.read("]C10109501101530003" + "10\u{FFFD}").kind == .unknown)
        #expect(classifier.read(String(decoding: [0xFF, 0xFE, 0x30, 0x31], as: UTF8.self)).kind == .unknown)
        #expect(classifier.read("]").kind == .unknown)
        #expect(classifier.read("]C").kind == .unknown)
        #expect(classifier.read("(").kind == .unknown)
        #expect(classifier.read("(01)").kind == .unknown)
        #expect(classifier.read("(01)(10)").kind == .unknown)
        #expect(classifier.read(Self.gs + Self.gs).kind == .unknown)
    }
}
