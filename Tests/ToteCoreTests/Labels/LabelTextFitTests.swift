import Testing
@testable import ToteCore

@Suite struct LabelTextFitTests {
    @Test func shortTextIsUntouched() {
        let fit = LabelTextFit.fit("Jordan Miller", width: 748, maxLines: 2, height: 50)
        #expect(fit.text == "Jordan Miller")
        #expect(fit.lines == 1)
    }

    @Test func longTextIsCutWithEllipsisAndFits() {
        let long = String(repeating: "Featherstonehaugh ", count: 20)
        let fit = LabelTextFit.fit(long, width: 748, maxLines: 2, height: 50)
        #expect(fit.text.hasSuffix("…"))
        #expect(long.hasPrefix(String(fit.text.dropLast())))
        #expect(fit.lines == 2)
        #expect(LabelTextFit.wrap(fit.text, width: 748, height: 50)!.count <= 2)
    }

    @Test func wordWiderThanTheBlockIsCut() {
        let word = String(repeating: "W", count: 80)
        #expect(LabelTextFit.wrap(word, width: 300, height: 30) == nil)
        let fit = LabelTextFit.fit(word, width: 300, maxLines: 3, height: 30)
        #expect(fit.lines == 1)
        #expect(LabelTextFit.width(of: fit.text, height: 30) <= 300)
    }

    @Test func hangulCountsFullWidth() {
        #expect(LabelTextFit.width(of: "김민준", height: 50) >= 150)
        #expect(LabelTextFit.width(of: "iii", height: 50) < 60)
    }

    @Test func hugeInputStaysCheap() {
        let huge = String(repeating: "x", count: 100_000)
        let fit = LabelTextFit.fit(huge, width: 748, maxLines: 1, height: 34)
        #expect(fit.text.count < 60)
    }

    /// Every text field of every fixture fits its own `^FB` block by the writer's estimate.
    @Test(arguments: [LabelFixtures.plainUS, LabelFixtures.romanian, LabelFixtures.korean,
                      LabelFixtures.injection, LabelFixtures.longText])
    func everyFieldFitsItsBlock(order: Order) throws {
        let zpl = ZPLWriter.shippingLabel(LabelFixtures.label(order))
        for f in ZPLFieldLine.all(in: zpl) where !f.isBarcode {
            let block = try #require(f.fieldBlock, "\(f.line)")
            let height = try #require(f.fontHeight, "\(f.line)")
            let text = try #require(f.decoded)
            let lines = try #require(LabelTextFit.wrap(text, width: block.width, height: height), "\(f.line)")
            #expect(lines.count <= block.lines, "\(f.line)")
        }
    }

    @Test func longFixtureIsTruncated() {
        let zpl = ZPLWriter.shippingLabel(LabelFixtures.label(LabelFixtures.longText))
        let texts = ZPLFieldLine.all(in: zpl).compactMap(\.decoded)
        let name = texts.first { $0.hasPrefix("Maximilian") }
        #expect(name?.hasSuffix("…") == true)
        #expect(texts.contains { $0.hasPrefix("c/o Svensson") && $0.hasSuffix("…") })
    }

    @Test func code128Sizing() {
        #expect(Code128Size.isEncodable("1Z999AA10123456784"))
        #expect(!Code128Size.isEncodable("AB>8C"))
        #expect(!Code128Size.isEncodable("Ä1"))
        #expect(!Code128Size.isEncodable(""))
        // 22 digits go into subset C: start + 11 pairs + check + 2 spare codewords, + stop.
        #expect(Code128Size.modules("9400111899223197428490") == 15 * 11 + 2)
        #expect(Code128Size.moduleWidth(for: "1Z999AA10123456784", available: 788, maxModule: 4) == 3)
        #expect(Code128Size.moduleWidth(for: String(repeating: "A", count: 60), available: 788, maxModule: 4) == nil)
    }
}
