/// Renders `MetricsTotals` in the Prometheus text exposition format (version 0.0.4).
///
/// Every metric family is always present (with HELP and TYPE), so dashboards can rely on the
/// names before the first order is packed. Label values are escaped (`\`, `"`, newline).
public enum PrometheusText {
    public static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    public static func render(_ totals: MetricsTotals) -> String {
        var out = ""
        func family(_ name: String, _ type: String, _ help: String) {
            out += "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n"
        }
        func sample(_ name: String, _ labels: [(String, String)], _ value: String) {
            let l = labels.isEmpty ? "" : "{" + labels.map { "\($0.0)=\"\(escape($0.1))\"" }.joined(separator: ",") + "}"
            out += name + l + " " + value + "\n"
        }
        let packed = totals.packed.sorted { ($0.station, $0.packer) < ($1.station, $1.packer) }
        family("orders_packed_total", "counter", "Orders packed, per station and packer.")
        for p in packed { sample("orders_packed_total", [("station", p.station), ("packer", p.packer)], String(p.orders)) }
        family("units_packed_total", "counter", "Units packed, per station and packer.")
        for p in packed { sample("units_packed_total", [("station", p.station), ("packer", p.packer)], String(p.units)) }
        family("scans_total", "counter", "Scans logged, per outcome.")
        for (outcome, n) in totals.scansByOutcome.sorted(by: { $0.key < $1.key }) {
            sample("scans_total", [("outcome", outcome)], String(n))
        }
        family("queue_depth", "gauge", "Orders per status.")
        for (status, n) in totals.queueDepth.sorted(by: { $0.key < $1.key }) {
            sample("queue_depth", [("status", status)], String(n))
        }
        family("pick_distance_meters_total", "counter", "Metres walked while picking.")
        sample("pick_distance_meters_total", [], number(totals.pickDistanceMetres))
        family("label_print_failures_total", "counter", "Shipping labels that failed to print.")
        sample("label_print_failures_total", [], String(totals.labelPrintFailures))
        family("cutoff_at_risk_orders", "gauge", "Open orders forecast to miss today's carrier cutoff.")
        sample("cutoff_at_risk_orders", [], String(totals.cutoffAtRisk))
        return out
    }

    static func escape(_ value: String) -> String {
        var out = ""
        for ch in value {
            switch ch {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.append(ch)
            }
        }
        return out
    }

    static func number(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
    }
}
