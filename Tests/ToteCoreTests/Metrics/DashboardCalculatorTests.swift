import Testing
@testable import ToteCore

struct DashboardCalculatorTests {
    /// Now: 10:00 UTC on a day; the window is the 2 hours before.
    static let now: Int64 = 1_750_000_000_000 - 1_750_000_000_000 % 86_400_000 + 10 * 3_600_000
    static let window = MetricsWindow(from: now - 2 * 3_600_000, to: now)

    static func packed(_ n: Int, station: String, packer: String, minutesAgo: Int64, units: Int = 3, lines: Int = 2,
                       bins: Int = 2, workSeconds: Int64 = 300) -> DashboardFacts.PackedOrder {
        DashboardFacts.PackedOrder(number: "#\(n)", station: station, packer: packer, packedAt: now - minutesAgo * 60_000,
                                   workMillis: workSeconds * 1000, pickMillis: 120_000, packMillis: 60_000,
                                   lines: lines, units: units, bins: bins)
    }

    static var facts: DashboardFacts {
        var f = DashboardFacts()
        f.packed = [packed(1, station: "S1", packer: "ana", minutesAgo: 100),
                    packed(2, station: "S1", packer: "ana", minutesAgo: 30),
                    packed(3, station: "S2", packer: "bo", minutesAgo: 10, units: 5, lines: 3, bins: 3, workSeconds: 100)]
        f.shiftScans = [DashboardFacts.ScanActivity(station: "S1", packer: "ana", scans: 50, misScans: 2, activeMinutes: 20, spanMinutes: 30),
                        DashboardFacts.ScanActivity(station: "S2", packer: "bo", scans: 20, misScans: 1, activeMinutes: 10, spanMinutes: 10)]
        f.stations = [DashboardFacts.Station(station: "S1", packer: "ana", lastScanAt: now - 60_000, currentOrder: "#9",
                                             openedAt: now - 180_000),
                      DashboardFacts.Station(station: "S2", packer: "bo", lastScanAt: now - 3_600_000)]
        f.statusCounts = ["new": 4, "picking": 1]
        f.dueOrders = [DashboardFacts.OpenOrder(number: "#20", shipBy: now / 1000 + 600),
                       DashboardFacts.OpenOrder(number: "#21", shipBy: now / 1000 + 600)]
        return f
    }

    @Test func ratesPerStationAndPacker() throws {
        let d = DashboardCalculator().compute(Self.facts, window: Self.window, now: Self.now)
        #expect(d.stations.map(\.name) == ["S1", "S2"])
        let s1 = d.stations[0]
        #expect(s1.orders == 2)
        #expect(s1.ordersLastHour == 1)
        #expect(s1.ordersPerHour == 1.0)  // 2 orders in 2 hours
        #expect(s1.unitsPerHour == 3.0)
        #expect(s1.linesPerHour == 2.0)
        #expect(s1.avgPickSeconds == 120)
        #expect(s1.avgPackSeconds == 60)
        #expect(s1.misScansPer100 == 4.0)  // 2 of 50
        #expect(s1.idleMinutes == 10)  // 30 spanned − 20 active
        #expect(s1.idleNowMillis == 60_000)
        #expect(s1.currentOrder == "#9")
        #expect(s1.openMillis == 180_000)
        #expect(s1.packer == "ana")
        #expect(d.packers.map(\.name) == ["ana", "bo"])
        #expect(d.total.orders == 3)
        #expect(d.total.units == 11)
        #expect(d.statusCounts.first { $0.status == "new" }?.orders == 4)
        #expect(d.statusCounts.map(\.status) == ["new", "picking", "picked", "packing", "on_hold", "exception"])
    }

    @Test func productivityIsEarnedOverSpent() throws {
        let d = DashboardCalculator(standards: LabourStandards(secondsPerOrder: 20, secondsPerBin: 30, secondsPerUnit: 2,
                                                               secondsPerMetre: 0))
            .compute(Self.facts, window: Self.window, now: Self.now)
        let bo = try #require(d.packers.first { $0.name == "bo" })
        // 20 + 3·30 + 5·2 = 120 s earned in 100 s spent.
        #expect(bo.earnedSeconds == 120)
        #expect(bo.spentSeconds == 100)
        #expect(bo.productivity == 1.2)
        let ana = try #require(d.packers.first { $0.name == "ana" })
        // 2·(20 + 2·30 + 3·2) = 172 s in 600 s.
        #expect(ana.earnedSeconds == 172)
        #expect(ana.spentSeconds == 600)
    }

    @Test func metresWalkedEarnWalkingTime() throws {
        var facts = Self.facts
        facts.packed[2].metres = 150
        let d = DashboardCalculator(standards: LabourStandards(secondsPerOrder: 20, secondsPerBin: 30, secondsPerUnit: 2,
                                                               secondsPerMetre: 0.8))
            .compute(facts, window: Self.window, now: Self.now)
        let bo = try #require(d.packers.first { $0.name == "bo" })
        // 20 + 3·30 + 5·2 + 150·0.8 = 240 s earned in 100 s spent.
        #expect(bo.earnedSeconds == 240)
    }

    @Test func forecastUsesWorkingStationsAndAverageWorkTime() {
        let d = DashboardCalculator().compute(Self.facts, window: Self.window, now: Self.now)
        // Only S1 scanned in the last 15 minutes; average work (300+300+100)/3 = 233.3 s.
        #expect(d.forecast.packers == 1)
        #expect(abs(d.forecast.secondsPerOrder - 700.0 / 3) < 1e-9)
        // Done at +233 and +467 s, both before +600.
        #expect(d.forecast.atRisk.isEmpty)
    }

    @Test func quarterHourChartsCountPackedOrders() {
        let d = DashboardCalculator().compute(Self.facts, window: Self.window, now: Self.now)
        #expect(d.quarterHours.count == 8)
        #expect(d.quarterHours.reduce(0, +) == 3)
        // 100 min ago is in bucket 1 (08:15–08:30), 30 min ago in 6, 10 min ago in 7.
        #expect(d.quarterHours == [0, 1, 0, 0, 0, 0, 1, 1])
        #expect(d.stationQuarterHours.map(\.station) == ["S1", "S2"])
        #expect(d.stationQuarterHours[1].counts == [0, 0, 0, 0, 0, 0, 0, 1])
    }

    @Test func bucketsAlignToLocalQuarterHours() {
        // 10:07 UTC at UTC+05:30 is 15:37 local: its quarter starts 15:30 local = 10:00 UTC.
        let t = Self.now + 7 * 60_000
        #expect(QuarterHourBuckets.start(of: t, utcOffsetSeconds: 19_800) == Self.now)
        let w = MetricsWindow(from: Self.now + 60_000, to: Self.now + 31 * 60_000)
        #expect(QuarterHourBuckets.counts([Self.now + 60_000, Self.now + 16 * 60_000, Self.now + 31 * 60_000], window: w)
                == [1, 1, 0])
    }

    @Test func secondsPerOrderFallsBackToTheStandard() {
        let calc = DashboardCalculator(standards: LabourStandards(secondsPerOrder: 10, secondsPerBin: 30, secondsPerUnit: 2))
        #expect(calc.secondsPerOrder([]) == 10 + 60 + 6)
        var untimed = Self.packed(1, station: "S", packer: "p", minutesAgo: 1, units: 4, bins: 1)
        untimed.workMillis = nil
        #expect(calc.secondsPerOrder([untimed]) == 10 + 30 + 8)
    }
}
