import Testing
@testable import ToteCore

/// Element strings from published GS1 examples:
/// - `(01)09501101530003(17)140704(10)AB-123`: GS1 DataMatrix Guideline and GS1 barcode examples;
///   the same GTIN with `(17)150119(10)AB-123` is GS1 General Specifications Figure 2.6.14-3.
/// - `(01)12345678901231(10)ABC123(11)210630`: GS1 Barcode Syntax Engine (gs1encoders) documentation.
/// - `(01)09521234543213(3103)000123`: the GS1 DataBar Expanded example of BWIPP (Barcode Writer in
///   Pure PostScript) documentation; AI 3103 = net weight, kg, 3 decimals (GS1 AI table).
/// - `(00)106141411234567897`: SSCC from GS1 US logistic label examples.
/// - Counts: `(30)` and `(00)…(02)…(37)…` are built on the example GTINs above, following the GS1 AI
///   table formats (AI 30 and 37: N..8; AI 02 with 37 inside an SSCC-labelled logistic unit).
@Suite("GS1 element strings")
struct GS1ElementStringTests {
    static let gs = "\u{1D}"

    func parse(_ s: String, substitute: UInt8? = nil) -> Result<GS1ElementString, GS1ParseError> {
        GS1ElementString.parse(s, substitute: substitute)
    }

    func elements(_ s: String) -> [String] {
        guard case .success(let es) = parse(s) else { return ["failed: \(parse(s))"] }
        return es.elements.map(\.description)
    }

    @Test func dataMatrixGuidelineExampleVariableLotAtEnd() {
        // 10 is variable length and last: ends at the end of the data.
        #expect(elements("010950110153000317140704" + "10AB-123") == ["(01)09501101530003", "(17)140704", "(10)AB-123"])
        #expect(elements("(01)09501101530003(17)140704(10)AB-123") == ["(01)09501101530003", "(17)140704", "(10)AB-123"])
    }

    @Test func variableLengthTerminatedByGS() {
        // 10 in the middle ends at GS; 11 follows.
        #expect(elements("0112345678901231" + "10ABC123" + Self.gs + "11210630")
            == ["(01)12345678901231", "(10)ABC123", "(11)210630"])
        #expect(elements("(01)12345678901231(10)ABC123(11)210630")
            == ["(01)12345678901231", "(10)ABC123", "(11)210630"])
        // Serial, then lot: both variable.
        #expect(elements("0109501101530003" + "21XYZ-9" + Self.gs + "10L1")
            == ["(01)09501101530003", "(21)XYZ-9", "(10)L1"])
    }

    @Test func substituteSeparator() {
        let pipe = UInt8(ascii: "|")
        guard case .success(let es) = parse("0112345678901231" + "10ABC123|11210630", substitute: pipe) else {
            Issue.record("did not parse"); return
        }
        #expect(es["10"]?.value == "ABC123")
        #expect(es["11"]?.date?.isoText == "2021-06-30")
    }

    @Test func fixedLengthFollowedByRedundantGSAndLeadingFNC1() {
        #expect(elements(Self.gs + "0109501101530003" + Self.gs + "17140704") == ["(01)09501101530003", "(17)140704"])
    }

    @Test func measuresAndCounts() {
        #expect(elements("0109521234543213" + "3103000123") == ["(01)09521234543213", "(3103)000123"])
        #expect(elements("0195012345678903" + "3024") == ["(01)95012345678903", "(30)24"])
        #expect(elements("00106141411234567897" + "0209501101530003" + "3712") ==
                ["(00)106141411234567897", "(02)09501101530003", "(37)12"])
    }

    @Test func datesDayZeroMeansEndOfMonth() {
        #expect(elements("010950110153000317251100") == ["(01)09501101530003", "(17)251100"])
        #expect(GS1Date.parse("240229") .map(\.day) == .success(29))   // 2024 is a leap year
        #expect(GS1Date.parse("250229") == .failure(.badDay(29)))
        #expect(GS1Date.parse("141332") == .failure(.badMonth(13)))
        #expect(GS1Date.parse("140431") == .failure(.badDay(31)))
        #expect(GS1Date.parse("14073") == .failure(.notSixDigits))
    }

    @Test func gs1CenturyRule() {
        // GS1 General Specifications §7.12: -49…+50 years around the current year.
        let d = try! GS1Date.parse("990101").get()
        #expect(d.fullYear(referenceYear: 2026) == 1999)
        #expect(try! GS1Date.parse("760101").get().fullYear(referenceYear: 2026) == 2076)
        #expect(try! GS1Date.parse("770101").get().fullYear(referenceYear: 2026) == 1977)
        #expect(try! GS1Date.parse("010101").get().fullYear(referenceYear: 2090) == 2101)
    }

    @Test func specificReasons() {
        #expect(parse("0109501101530004") == .failure(.checkDigit(ai: "01", value: "09501101530004", expected: 3, got: 4)))
        #expect(parse("0109501101530003" + "17141332") == .failure(.badDate(ai: "17", value: "141332", problem: .badMonth(13))))
        #expect(parse("0109501101530003" + "4512") == .failure(.unknownAI(digits: "4512", offset: 16)))
        #expect(parse("0109501101530003" + "10") == .failure(.missingValue(ai: "10")))
        #expect(parse("01095011015300") == .failure(.valueTooShort(ai: "01", value: "095011015300", expected: 14)))
        #expect(parse("0109501101530003" + "10" + String(repeating: "A", count: 21))
                == .failure(.valueTooLong(ai: "10", maxLength: 20)))
        #expect(parse("0109501101530003" + "10AB CD") == .failure(.badCharacter(ai: "10", character: "0x20", offset: 20)))
        #expect(parse("01095011015300A3") == .failure(.badCharacter(ai: "01", character: "A", offset: 14)))
        #expect(parse("0109501101530003" + "10A" + Self.gs + "10B") == .failure(.duplicateAI(ai: "10")))
        #expect(parse("00106141411234567898") == .failure(.checkDigit(ai: "00", value: "106141411234567898", expected: 7, got: 8)))
        #expect(parse("") == .failure(.empty))
        #expect(parse(Self.gs) == .failure(.empty))
    }

    @Test func aiTable() {
        #expect(GS1ApplicationIdentifier.named("01")?.isPredefinedLength == true)
        #expect(GS1ApplicationIdentifier.named("10")?.maxLength == 20)
        #expect(GS1ApplicationIdentifier.named("10")?.isPredefinedLength == false)
        #expect(GS1ApplicationIdentifier.named("3103")?.minLength == 6)
        #expect(GS1ApplicationIdentifier.named("3106") == nil)
        #expect(GS1ApplicationIdentifier.named("400")?.title == "ORDER NUMBER")
        #expect(GS1ApplicationIdentifier.named("14") == nil)
        #expect(GS1ApplicationIdentifier.lookup(prefixOf: Array("9".utf8)) == nil)
    }

    @Test func ssccs() {
        #expect(SSCC("106141411234567897")?.extensionDigit == 1)
        #expect(SSCC("376104250021234569") != nil)
        #expect(SSCC.parse("106141411234567898") == .failure(.checkDigit(expected: 7, got: 8)))
        #expect(SSCC.parse("10614141123456789") == .failure(.badLength(17)))
    }

    @Test func aimIdentifiers() {
        func aim(_ s: String) -> AIMIdentifier? { AIMIdentifier.parse(prefixOf: Array(s.utf8)) }
        #expect(aim("]C1010950")?.symbology == .gs1_128)
        #expect(aim("]C0NEXT")?.symbology == .code128)
        #expect(aim("]E04006381333931")?.symbology == .eanUPC)
        #expect(aim("]E496385074")?.symbology == .ean8)
        #expect(aim("]d2010950")?.symbology == .gs1DataMatrix)
        #expect(aim("]Q3010950")?.symbology == .gs1QR)
        #expect(aim("]Q1http")?.symbology == .qr)
        #expect(aim("]e0010950")?.symbology == .gs1DataBar)
        #expect(aim("]X9abc")?.symbology == .other)
        #expect(aim("]C1")?.description == "]C1")
        #expect(aim("]C") == nil)
        #expect(aim("]1C") == nil)
        #expect(aim("C1]") == nil)
    }
}
