import ToteCore
@testable import ToteTUI

/// A fixed dashboard for the supervisor's reducer and snapshot tests: 2026-11-27 09:00 UTC,
/// the 8 hours before, three stations, two packers, a few exceptions.
enum SupervisorFixtures {
    static let now: Int64 = 1_795_770_000_000
    static let window = MetricsWindow.last(hours: 8, endingAt: now)

    static var facts: DashboardFacts {
        var f = DashboardFacts()
        f.packed = (0..<40).map { i in
            DashboardFacts.PackedOrder(number: "#\(1100 + i)", station: i % 3 == 0 ? "PACK-02" : "PACK-01",
                                       packer: i % 3 == 0 ? "Bo" : "Ana", packedAt: now - Int64(i * i) * 15_000 - 60_000,
                                       workMillis: 240_000 + Int64(i % 5) * 20_000, pickMillis: 150_000,
                                       packMillis: 70_000, lines: 1 + i % 3, units: 2 + i % 4, bins: 1 + i % 3)
        }
        f.shiftScans = [DashboardFacts.ScanActivity(station: "PACK-01", packer: "Ana", scans: 412, misScans: 9,
                                                    activeMinutes: 300, spanMinutes: 420),
                        DashboardFacts.ScanActivity(station: "PACK-02", packer: "Bo", scans: 160, misScans: 8,
                                                    activeMinutes: 120, spanMinutes: 400)]
        f.stations = [DashboardFacts.Station(station: "PACK-01", packer: "Ana", lastScanAt: now - 20_000,
                                             currentOrder: "#1201", openedAt: now - 185_000),
                      DashboardFacts.Station(station: "PACK-02", packer: "Bo", lastScanAt: now - 700_000),
                      DashboardFacts.Station(station: "PACK-03", packer: "", lastScanAt: nil, currentOrder: "#1202",
                                             openedAt: now - 4_000_000)]
        f.statusCounts = ["new": 23, "picking": 2, "packing": 1, "on_hold": 1, "exception": 1]
        f.carriers = [DashboardFacts.CarrierCount(carrier: "UPS", service: "standard", orders: 14),
                      DashboardFacts.CarrierCount(carrier: "DHL", service: "express", orders: 9),
                      DashboardFacts.CarrierCount(carrier: "POST", service: "overnight", orders: 3)]
        let nowS = now / 1000
        f.dueOrders = (0..<14).map { i in
            DashboardFacts.OpenOrder(number: "#\(1200 + i)", shipBy: nowS + [1800, 1800, 3600, 7200][i % 4] - (i == 13 ? 7200 : 0))
        }
        f.exceptions = [DashboardFacts.Exception(kind: .staleClaim, order: "#1202", station: "PACK-03", at: now - 4_000_000),
                        DashboardFacts.Exception(kind: .onHold, order: "#1190"),
                        DashboardFacts.Exception(kind: .shortPick, order: "#1201", station: "PACK-01", at: now - 300_000),
                        DashboardFacts.Exception(kind: .cancelledInShop, order: "#1188", station: "PACK-02", at: now - 90_000),
                        DashboardFacts.Exception(kind: .exception, order: "#1150")]
        return f
    }

    static var dashboard: Dashboard { DashboardCalculator().compute(facts, window: window, now: now) }

    static func state(_ panel: SupervisorPanel = .throughput) -> SupervisorState {
        var s = SupervisorState(nowMillis: now, supervisor: "sam", storePath: "/var/lib/tote/tote.sqlite")
        s.dashboard = dashboard
        s.panel = panel
        return s
    }
}

/// A source that answers from memory and records the actions asked of it.
final class FakeSupervisorSource: SupervisorSource {
    var facts = SupervisorFixtures.facts
    var changed = true
    var actions: [String] = []
    var fail: Error?

    func dashboardFacts(window: MetricsWindow, now: Int64, horizonSeconds: Int64, staleAfterMillis: Int64) throws -> DashboardFacts {
        facts
    }

    func hasChanged() throws -> Bool {
        defer { changed = false }
        return changed
    }

    func supervisorRelease(number: String, supervisor: String, now: Int64) throws {
        if let fail { throw fail }
        actions.append("release \(number) by \(supervisor)")
    }

    func supervisorReassign(number: String, to station: String, supervisor: String, now: Int64) throws {
        actions.append("reassign \(number) to \(station) by \(supervisor)")
    }

    func supervisorCancel(number: String, supervisor: String, now: Int64) throws {
        actions.append("cancel \(number) by \(supervisor)")
    }
}
