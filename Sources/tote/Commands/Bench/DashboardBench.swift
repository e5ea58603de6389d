import ArgumentParser
import Foundation
import ToteCore
import ToteStore

/// `tote bench dashboard`: one dashboard recompute (aggregate reads + calculation) on a store
/// holding `--scans` scan events (default 1,000,000) over 30 days; target median ≤ 20 ms.
struct DashboardBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard", abstract: "Supervisor dashboard recompute on 1,000,000 scan events (release build).")

    @Option(help: "Scan events in the store.") var scans: Int = 1_000_000
    @Option(help: "Orders in the store (10% still open).") var orders: Int = 40_000
    @Option(help: "Stations logging the scans.") var stations: Int = 12

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tote-bench-dashboard-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("tote.sqlite").path
        let now: Int64 = 1_741_190_400_000  // a fixed "now": 2025-03-05T16:00Z
        let fillClock = ContinuousClock()
        let filled = try fillClock.measure { try fill(path, now: now) }
        let store = try FloorStore(path: path)
        print(String(format: "filled %d scans, %d orders in %.1f s (%d scans in the store)", scans, orders,
                     BenchFigures.seconds(filled), try store.scanCount()))

        let source = try SupervisorStoreSource(store: store)
        let calculator = DashboardCalculator()
        let window = MetricsWindow.last(hours: 8, endingAt: now)
        var times: [Double] = []
        var dashboard: Dashboard?
        for _ in 0..<31 {
            let took = try fillClock.measure {
                _ = try source.hasChanged()
                let facts = try source.dashboardFacts(window: window, now: now, horizonSeconds: now / 1000 + 8 * 3600,
                                                      staleAfterMillis: 600_000)
                dashboard = calculator.compute(facts, window: window, now: now)
            }
            times.append(BenchFigures.milliseconds(took))
        }
        let probe = try fillClock.measure { for _ in 0..<1000 { _ = try source.hasChanged() } }
        print(String(format: "dashboard recompute (8 h window, %d scans in store): median %.2f ms, max %.2f ms (target ≤ 20 ms)",
                     scans, BenchFigures.percentile(times, 0.5), times.max() ?? 0))
        print(String(format: "  change probe (PRAGMA data_version): %.3f ms each", BenchFigures.milliseconds(probe) / 1000))
        if let d = dashboard {
            print("  shift: \(d.total.orders) orders packed, \(d.total.scans) scans, \(d.stations.count) stations, "
                  + "\(d.forecast.cutoffs.map(\.orders).reduce(0, +)) due, \(d.forecast.atRisk.count) at risk")
        }
    }

    /// 30 days of history ending at `now`: orders packed evenly over it, scans spread over the
    /// same days, 10 % of the orders still open and due within the next 8 hours.
    private func fill(_ path: String, now: Int64) throws {
        let store = try FloorStore(path: path)
        let skus = (0..<500).map { i in
            SKU(code: "D-\(i)", name: "Item \(i)", barcodes: [], weightGrams: 100,
                bin: BinLocation(aisle: 1 + i % 20, side: .a, bay: 1 + i % 30, level: 1))
        }
        let shipTo = ShipTo(name: "Customer", address1: "1 Main St", city: "Springfield", postalCode: "12345", country: "US")
        let carriers = ["UPS", "DHL", "POST"]
        let list = (0..<orders).map { i in
            Order(number: "#\(2_000_000 + i)", channel: "web", priority: i % 3, service: [ServiceLevel.standard, .express, .overnight][i % 3],
                  carrier: carriers[i % 3], shipBy: now / 1000 + Int64(i % 480) * 60, createdAt: now / 1000 - 86_400,
                  shipTo: shipTo,
                  lines: (0..<(1 + i % 3)).map { OrderLine(lineNumber: $0 + 1, sku: "D-\((i + $0) % 500)", name: "Item", quantity: 1 + $0) })
        }
        try store.replaceAll(catalog: skus, orders: list)
        let span: Int64 = 30 * 86_400_000
        let packedCount = orders - orders / 10
        let history = (0..<packedCount).map { i -> FloorStore.PackedHistory in
            let packedAt = now - span + Int64(i) * span / Int64(packedCount)
            return FloorStore.PackedHistory(number: "#\(2_000_000 + orders / 10 + i)", station: "PACK-\(i % stations)",
                                                  claimedAt: packedAt - 240_000, pickedAt: packedAt - 90_000, packedAt: packedAt)
        }
        let outcomes = ["accepted", "accepted", "accepted", "accepted", "accepted", "accepted", "accepted", "accepted",
                        "not_on_order", "bad_check_digit"]
        let batch = 100_000
        var written = 0
        var first = true
        while written < scans || first {
            let count = min(batch, scans - written)
            let chunk = (written..<(written + count)).map { i -> ScanRecord in
                let at = now - span + Int64(i) * span / Int64(max(1, scans))
                return ScanRecord(at: at, station: "PACK-\(i % stations)", packer: "packer-\(i % stations)",
                                  raw: "4006381333931", kind: "item", outcome: outcomes[i % outcomes.count],
                                  orderNumber: "#\(2_000_000 + orders / 10 + (i / 25) % max(1, packedCount))",
                                  phase: i % 2 == 0 ? .pick : .pack, effect: nil)
            }
            try store.appendActivityLog(scans: chunk, packed: first ? history : [])
            written += count
            first = false
        }
    }
}
