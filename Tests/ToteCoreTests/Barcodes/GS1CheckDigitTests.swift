import Testing
@testable import ToteCore

/// Check digits from published examples:
/// - GS1 General Specifications §7.9.1 (check digit calculation) works the GTIN-13 629104150021 → 3.
/// - 4006381333931 is the EAN-13 used in GS1 Germany's and Wikipedia's EAN-13 examples.
/// - 036000291452 is the UPC-A worked on Wikipedia's "Universal Product Code" page.
/// - 96385074 is the EAN-8 example on Wikipedia's "EAN-8" page.
/// - 00012345600012 (GTIN-14) and 106141411234567897 (SSCC) appear in GS1 Digital Link and GS1 US examples.
@Suite("GS1 check digits")
struct GS1CheckDigitTests {
    @Test(arguments: ["6291041500213", "4006381333931", "036000291452", "96385074", "00012345600012",
                      "106141411234567897", "5901234123457"])
    func publishedExamplesAreValid(_ code: String) {
        #expect(GS1CheckDigit.isValid(code))
    }

    @Test func computesTheDigit() {
        #expect(GS1CheckDigit.compute("629104150021") == 3)
        #expect(GS1CheckDigit.compute("03600029145") == 2)
        #expect(GS1CheckDigit.appending(to: "400638133393") == "4006381333931")
    }

    @Test(arguments: ["4006381333932", "036000291453", "96385075", "", "1", "40063813339a1", "٤٠٠٦٣٨١٣٣٣٩٣١"])
    func wrongOrMalformedCodesAreInvalid(_ code: String) {
        #expect(!GS1CheckDigit.isValid(code))
    }

    @Test func everySingleDigitErrorIsCaught() {
        let good = Array("4006381333931")
        for i in good.indices {
            for d in "0123456789" where d != good[i] {
                var bad = good
                bad[i] = d
                #expect(!GS1CheckDigit.isValid(String(bad)), "\(String(bad)) passed")
            }
        }
    }
}

@Suite("GTIN")
struct GTINTests {
    @Test func formatsByLength() {
        #expect(GTIN("96385074")?.format == .ean8)
        #expect(GTIN("036000291452")?.format == .upcA)
        #expect(GTIN("4006381333931")?.format == .ean13)
        #expect(GTIN("00012345600012")?.format == .gtin14)
    }

    @Test func upcAndItsEAN13FormShareAGTIN14() {
        #expect(GTIN("036000291452")?.gtin14 == GTIN("0036000291452")?.gtin14)
    }

    @Test func reportsWhatIsWrong() {
        #expect(GTIN.parse("4006381333932") == .failure(.checkDigit(expected: 1, got: 2)))
        #expect(GTIN.parse("12345") == .failure(.badLength(5)))
        #expect(GTIN.parse("ABC") == .failure(.notDigits))
    }
}
