import Testing
@testable import ToteCore

@Suite struct ZPLWriterStructureTests {
    let zpl = ZPLWriter.shippingLabel(LabelFixtures.label(LabelFixtures.plainUS))

    @Test func oneFormatFromXAToXZ() {
        let lines = zpl.split(separator: "\n")
        #expect(lines.first == "^XA")
        #expect(lines.last == "^XZ")
        #expect(zpl.components(separatedBy: "^XA").count == 2)
        #expect(zpl.components(separatedBy: "^XZ").count == 2)
    }

    @Test func utf8AndFourBySixAt203dpi() {
        let lines = Set(zpl.split(separator: "\n").map(String.init))
        #expect(lines.isSuperset(of: ["^CI28", "^PW812", "^LL1218"]))
        // ^CI28 must come before the first field for the field data to be read as UTF-8.
        #expect(zpl.range(of: "^CI28")!.lowerBound < zpl.range(of: "^FD")!.lowerBound)
    }

    @Test func scalesTo300dpi() {
        let z = ZPLWriter.shippingLabel(LabelFixtures.label(LabelFixtures.plainUS), dpi: 300)
        #expect(z.contains("^PW1200\n"))
        #expect(z.contains("^LL1800\n"))
    }

    @Test func everyFieldIsHexEscapedAndClosed() {
        let fields = ZPLFieldLine.all(in: zpl)
        #expect(fields.count > 15)
        for f in fields {
            #expect(f.line.contains("^FH^FD"), "\(f.line)")
        }
        for line in zpl.split(separator: "\n") where line.contains("^FO") {
            #expect(line.hasSuffix("^FS"), "\(line)")
        }
    }

    @Test func trackingAndOrderBarcodes() {
        let barcodes = ZPLFieldLine.all(in: zpl).filter(\.isBarcode)
        #expect(barcodes.map(\.decoded) == ["1Z999AA10123456784", "#1001"])
        #expect(barcodes.allSatisfy { $0.line.contains("^BCN,") && $0.line.contains(",Y,N,N,A^FH") })
    }

    @Test func showsTheLabelFacts() {
        let texts = ZPLFieldLine.all(in: zpl).filter { !$0.isBarcode }.compactMap(\.decoded)
        for expected in ["Jordan Miller", "Bluebird Coffee Co.", "1420 Alder Street", "Portland, OR 97201",
                         "UNITED STATES", "UPS", "EXPRESS", "#1001", "1.24 kg", "2026-11-27", "1 of 1",
                         "Tote Demo Fulfilment AB", "417 05 Göteborg", "SWEDEN"] {
            #expect(texts.contains(expected), "missing \(expected)")
        }
    }

    @Test func hangulUsesTheTrueTypeFont() {
        let z = ZPLWriter.shippingLabel(LabelFixtures.label(LabelFixtures.korean))
        let name = ZPLFieldLine.all(in: z).first { $0.decoded == "김민준" }
        #expect(name?.line.contains("^A@N,48,48,E:ANMDJ.TTF") == true)
        let city = ZPLFieldLine.all(in: z).first { $0.decoded == "06234 Seoul" }
        #expect(city?.line.contains("^A0N,") == true)
    }

    @Test func untrackableNumberFallsBackToText() {
        let z = ZPLWriter.shippingLabel(LabelFixtures.label(LabelFixtures.plainUS, tracking: "TRK>8ÄÖ"))
        let fields = ZPLFieldLine.all(in: z)
        #expect(fields.filter(\.isBarcode).map(\.decoded) == ["#1001"])
        #expect(fields.contains { $0.decoded == "TRK>8ÄÖ" })
    }

    @Test(arguments: [(1240, "1.24 kg"), (5, "0.01 kg"), (0, "0.00 kg"), (-3, "0.00 kg"), (999_995, "1000.00 kg"),
                      (1004, "1.00 kg"), (1096, "1.10 kg")])
    func weightIsKilograms(grams: Int, text: String) {
        #expect(ZPLWriter.weightText(grams: grams) == text)
    }

    @Test func cityLineFollowsTheCountry() {
        #expect(ZPLWriter.cityLine(LabelFixtures.plainUS.shipTo) == "Portland, OR 97201")
        #expect(ZPLWriter.cityLine(LabelFixtures.romanian.shipTo) == "040254 București, Sector 4")
    }
}
