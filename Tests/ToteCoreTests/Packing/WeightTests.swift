import Testing
@testable import ToteCore

@Suite("Weight: scale readings and tolerance")
struct WeightTests {
    @Test(arguments: [
        ("W1234", 1234), ("w0850", 850), ("1234", 1234), ("1234 g", 1234), ("1234G", 1234), ("+1234g", 1234),
        ("1.234 kg", 1234), ("1,234kg", 1234), ("2 KG", 2000), (" 0.5kg ", 500), ("1 lb", 454), ("16 oz", 454),
    ] as [(String, Int)])
    func acceptedForms(text: String, grams: Int) {
        #expect(ScaleReading.grams(text) == grams)
    }

    @Test(arguments: ["", "W", "W12.5", "1.234", "kg", "-5 g", "0", "W0", "1..2 kg", "12 stone", "1e3 g", ".5 kg", "2000 kg"])
    func refusedForms(text: String) {
        #expect(ScaleReading.grams(text) == nil)
    }

    @Test func toleranceIsTheLargerOfGramsAndPercent() {
        let t = WeightTolerance(absoluteGrams: 40, percent: 4)
        #expect(t.allowance(forExpected: 500) == 40)
        #expect(t.allowance(forExpected: 5000) == 200)
    }

    @Test func outsideToleranceAsksForRecount() {
        let t = WeightTolerance(absoluteGrams: 40, percent: 4)
        #expect(WeightCheck(measuredGrams: 1030, expectedGrams: 1000, tolerance: t).isOK)
        #expect(WeightCheck(measuredGrams: 960, expectedGrams: 1000, tolerance: t).isOK)
        let low = WeightCheck(measuredGrams: 650, expectedGrams: 1000, tolerance: t)
        #expect(low == .recount(expected: 1000, measured: 650, difference: -350, allowed: 40))
        #expect(low.message.contains("under") && low.message.contains("recount"))
    }
}
