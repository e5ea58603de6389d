import Testing
@testable import ToteCore

@Suite struct ZPLEscapingTests {
    static let nasty = [
        "ACME ^XZ~JR", "^XA^FO0,0^GB812,1218,812^FS~JA", "~DGR:EVIL.GRF", "under_score _5E", "back\\slash \\& \\\\",
        "Ștefan Țurcanu", "김민준", "tab\there", "bell\u{07}null\u{00}del\u{7F}", "c1\u{85}control", "comma, caret^",
    ]

    @Test(arguments: nasty)
    func escapedDataHasNoCommandPrefixes(text: String) {
        for block in [true, false] {
            let data = ZPLFieldData.escaped(text, inFieldBlock: block)
            #expect(!data.contains("^") && !data.contains("~"))
            #expect(!data.unicodeScalars.contains { $0.properties.generalCategory == .control })
            #expect(ZPLFieldData.decoded(data, inFieldBlock: block) == text)
        }
    }

    @Test func knownEscapes() {
        #expect(ZPLFieldData.escaped("ACME ^XZ~JR", inFieldBlock: true) == "ACME _5EXZ_7EJR")
        #expect(ZPLFieldData.escaped("a_b", inFieldBlock: true) == "a_5Fb")
        #expect(ZPLFieldData.escaped("a\\&b", inFieldBlock: true) == "a\\\\&b")
        #expect(ZPLFieldData.escaped("a\\b", inFieldBlock: false) == "a_5Cb")
        #expect(ZPLFieldData.escaped("a\nb", inFieldBlock: false) == "a_0Ab")
        #expect(ZPLFieldData.escaped("Țurcanu", inFieldBlock: true) == "Țurcanu")
    }

    @Test func normalizingFoldsLineBreaksAndControls() {
        #expect(ZPLFieldData.normalized("  12 Main St\r\n\tUnit\u{2028}4 \u{0} ") == "12 Main St Unit 4")
        #expect(ZPLFieldData.normalized("\n\n") == "")
    }

    @Test func malformedHexDoesNotDecode() {
        #expect(ZPLFieldData.decoded("_5", inFieldBlock: false) == nil)
        #expect(ZPLFieldData.decoded("_ZZ", inFieldBlock: false) == nil)
        #expect(ZPLFieldData.decoded("_C3", inFieldBlock: false) == nil) // half a UTF-8 sequence
    }

    @Test func injectionOrderPrintsLiterally() {
        let zpl = ZPLWriter.shippingLabel(LabelFixtures.label(LabelFixtures.injection))
        #expect(!zpl.contains("~"))
        #expect(zpl.components(separatedBy: "^XZ").count == 2)
        #expect(zpl.components(separatedBy: "^XA").count == 2)
        let fields = ZPLFieldLine.all(in: zpl)
        for f in fields {
            #expect(!f.data.contains("^") && !f.data.contains("~"), "\(f.line)")
            #expect(f.decoded != nil, "\(f.line)")
        }
        let texts = fields.compactMap(\.decoded)
        #expect(texts.contains("ACME ^XZ~JR"))
        #expect(texts.contains("^XA^FO0,0^GB812,1218,812^FS~JA"))
        #expect(texts.contains("12 Main St ~DGR:EVIL.GRF \\ back\\&slash"))
        #expect(texts.contains("Unit _5E_7E B"))
        #expect(texts.contains("Tel. 555~0100^XZ"))
    }

    /// Any line of the writer's output carries at most one field, so a field's data can only end at
    /// its own `^FS`: nothing between `^FD` and `^FS` may look like a command.
    @Test(arguments: [LabelFixtures.plainUS, LabelFixtures.romanian, LabelFixtures.korean,
                      LabelFixtures.injection, LabelFixtures.longText])
    func oneCommandStreamPerLine(order: Order) {
        let zpl = ZPLWriter.shippingLabel(LabelFixtures.label(order))
        for line in zpl.split(separator: "\n") {
            #expect(line.first == "^", "\(line)")
            #expect(line.components(separatedBy: "^FD").count <= 2, "\(line)")
        }
    }
}

/// Seeded random text, rich in ZPL prefixes, the `_` indicator, backslashes and controls:
/// the escaped field data never holds `^`, `~` or a control character, and decodes back to
/// the text (so nothing was dropped either).
@Suite("ZPL escaping: hostile input")
struct ZPLEscapingFuzzTests {
    @Test func randomTextNeverInjectsACommand() {
        var random = HostileBytes(seed: 0x2F1_0001)
        let alphabet: [Unicode.Scalar] = ["^", "~", "_", "\\", "&", "(", "*", ")", "X", "Z", "A", "5", "E", "F", " ",
                                          "\u{0}", "\u{07}", "\u{0A}", "\u{0D}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9F}",
                                          "\u{2028}", "é", "김", "😀", "\u{202E}"]
        for _ in 0..<(HostileBytes.count * 5) {
            var text = String.UnicodeScalarView()
            for _ in 0..<random.below(40) { text.append(alphabet[random.below(alphabet.count)]) }
            let original = String(text)
            for block in [true, false] {
                let data = ZPLFieldData.escaped(original, inFieldBlock: block)
                #expect(!data.contains("^") && !data.contains("~"), "\(original.debugDescription) → \(data)")
                #expect(!data.unicodeScalars.contains { $0.properties.generalCategory == .control })
                #expect(ZPLFieldData.decoded(data, inFieldBlock: block) == original, "\(original.debugDescription)")
            }
        }
    }
}
