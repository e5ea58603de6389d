import Testing
@testable import ToteCore

/// Hand-computed forecasts. Times in seconds; now = 0 unless stated.
struct CutoffForecastTests {
    private func orders(_ dues: [Int64]) -> [DashboardFacts.OpenOrder] {
        dues.enumerated().map { DashboardFacts.OpenOrder(number: "#\(100 + $0.offset)", shipBy: $0.element) }
    }

    @Test func everyOrderMakesItWhenTheRateSuffices() {
        // 1 packer, 600 s/order: done at 600, 1200, 1800 (due 1800), 2400, 3000 (due 3600).
        let f = CutoffForecast(orders: orders([1800, 1800, 1800, 3600, 3600]), nowSeconds: 0, packers: 1, secondsPerOrder: 600)
        #expect(f.atRisk.isEmpty)
        #expect(f.late == 0)
        #expect(f.cutoffs.map(\.orders) == [3, 2])
        // max(ceil(3·600/1800) = 1, ceil(5·600/3600) = ceil(0.83) = 1)
        #expect(f.packersNeeded == 1)
    }

    @Test func theFourthOrderMissesAndTwoPackersAreNeeded() {
        // The 4th finishes at 2400 > 1800; ceil(4·600/1800) = ceil(1.33) = 2.
        let f = CutoffForecast(orders: orders([1800, 1800, 1800, 1800]), nowSeconds: 0, packers: 1, secondsPerOrder: 600)
        #expect(f.atRisk == ["#103"])
        #expect(f.cutoffs == [CutoffForecast.Cutoff(shipBy: 1800, orders: 4, atRisk: 1)])
        #expect(f.packersNeeded == 2)
    }

    @Test func twoPackersHalveTheFinishTimes() {
        // 2 packers, 600 s/order: done at 300, 600, 900, 1200; cutoffs 600 and 900.
        let f = CutoffForecast(orders: orders([600, 600, 900, 900]), nowSeconds: 0, packers: 2, secondsPerOrder: 600)
        // #102 done at 900 ≤ 900, #103 at 1200 > 900.
        #expect(f.atRisk == ["#103"])
        // ceil(2·600/600) = 2, ceil(4·600/900) = ceil(2.67) = 3.
        #expect(f.packersNeeded == 3)
    }

    @Test func pastCutoffsAreLateAndNeedNoPackers() {
        let f = CutoffForecast(orders: orders([900, 2000, 5000]), nowSeconds: 1000, packers: 1, secondsPerOrder: 600)
        // #100 is late; #101 done at 1600 ≤ 2000; #102 at 2200 ≤ 5000.
        #expect(f.late == 1)
        #expect(f.atRisk == ["#100"])
        // ceil(1·600/1000) = 1, ceil(2·600/4000) = 1.
        #expect(f.packersNeeded == 1)
    }

    @Test func withoutPackersEveryDueOrderIsAtRisk() {
        let f = CutoffForecast(orders: orders([1800, 3600]), nowSeconds: 0, packers: 0, secondsPerOrder: 600)
        #expect(f.atRisk == ["#100", "#101"])
        #expect(f.packersNeeded == 1)
    }

    @Test func anUnknownRateLeavesPackersNeededUnknown() {
        let f = CutoffForecast(orders: orders([1800]), nowSeconds: 0, packers: 2, secondsPerOrder: 0)
        #expect(f.packersNeeded == nil)
        #expect(f.atRisk == ["#100"])
    }

    @Test func tiesAreBrokenByNumber() {
        let list = [DashboardFacts.OpenOrder(number: "#2", shipBy: 600), DashboardFacts.OpenOrder(number: "#1", shipBy: 600)]
        let f = CutoffForecast(orders: list, nowSeconds: 0, packers: 1, secondsPerOrder: 600)
        #expect(f.atRisk == ["#2"])
    }
}
