import Foundation
import Testing
@testable import ToteCore

struct MetricsFormatTests {
    @Test func standardsParseWithDefaultsAndLines() throws {
        let s = try LabourStandards.parse("[standards]\nseconds_per_bin = 25\nseconds_per_unit = 1.5\n", file: "standards.toml")
        #expect(s == LabourStandards(secondsPerOrder: 20, secondsPerBin: 25, secondsPerUnit: 1.5, secondsPerMetre: 0.8))
        #expect(try LabourStandards.parse("", file: "s.toml") == LabourStandards())
    }

    @Test func standardsRejectTyposAndNegatives() {
        #expect(throws: ConfigError.self) { try LabourStandards.parse("[standards]\nseconds_per_bins = 3\n", file: "s.toml") }
        do {
            _ = try LabourStandards.parse("[standards]\n\nseconds_per_unit = -1\n", file: "s.toml")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 3)
        }
    }

    @Test func theBundledStandardsFileParses() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("config/standards.toml")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(try LabourStandards.parse(text, file: "config/standards.toml") == LabourStandards())
    }

    @Test func prometheusTextHasEveryFamily() {
        var totals = MetricsTotals()
        totals.packed = [MetricsTotals.Packed(station: "S1", packer: "a\"b", orders: 3, units: 7)]
        totals.scansByOutcome = ["accepted": 10, "not_on_order": 1]
        totals.queueDepth = ["new": 4]
        totals.cutoffAtRisk = 2
        let text = PrometheusText.render(totals)
        #expect(text.contains("orders_packed_total{station=\"S1\",packer=\"a\\\"b\"} 3\n"))
        #expect(text.contains("units_packed_total{station=\"S1\",packer=\"a\\\"b\"} 7\n"))
        #expect(text.contains("scans_total{outcome=\"not_on_order\"} 1\n"))
        #expect(text.contains("queue_depth{status=\"new\"} 4\n"))
        #expect(text.contains("pick_distance_meters_total 0\n"))
        #expect(text.contains("label_print_failures_total 0\n"))
        #expect(text.contains("cutoff_at_risk_orders 2\n"))
        #expect(text.contains("# TYPE orders_packed_total counter\n"))
    }

    @Test func shiftReportFormats() {
        let d = DashboardCalculator().compute(DashboardCalculatorTests.facts, window: DashboardCalculatorTests.window,
                                              now: DashboardCalculatorTests.now)
        let report = ShiftReport(dashboard: d)
        let csv = report.render(.csv)
        #expect(csv.hasPrefix("kind,name,orders,units,lines,errors,avg_pick_s,avg_pack_s,orders_per_hour\r\n")
                || csv.hasPrefix("kind,name,orders,units,lines,errors,avg_pick_s,avg_pack_s,orders_per_hour\n"))
        #expect(csv.contains("packer,ana,2,6,4,2,120.0,60.0,1.0"))
        #expect(csv.contains("total,total,3,11,7,3,"))
        let json = report.render(.json)
        #expect(json.contains("{\"kind\": \"station\", \"name\": \"S2\", \"orders\": 1, \"units\": 5"))
        let table = report.render(.table)
        #expect(table.split(separator: "\n").count == 1 + 2 + 2 + 1)
    }
}
