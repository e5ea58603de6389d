/// `tote report shift`: per packer and per station orders, units, lines, errors and average
/// times, with totals, as an aligned table, CSV or JSON.
///
/// Units: average times in seconds (one decimal); errors are mis-scans (scans not accepted).
public struct ShiftReport: Sendable {
    public enum Format: String, Sendable, CaseIterable { case table, csv, json }

    public let dashboard: Dashboard

    public init(dashboard: Dashboard) { self.dashboard = dashboard }

    static let header = ["kind", "name", "orders", "units", "lines", "errors", "avg_pick_s", "avg_pack_s", "orders_per_hour"]

    /// Rows: packers, then stations, then the total.
    var rows: [ThroughputRow] {
        var total = dashboard.total
        total.name = "total"
        return dashboard.packers + dashboard.stations + [total]
    }

    static func fields(_ row: ThroughputRow) -> [String] {
        [row.kind.rawValue, row.name, String(row.orders), String(row.units), String(row.lines), String(row.misScans),
         decimal(row.avgPickSeconds), decimal(row.avgPackSeconds), decimal(row.ordersPerHour)]
    }

    public func render(_ format: Format) -> String {
        switch format {
        case .csv:
            return ([Self.header] + rows.map(Self.fields)).map(CSVWriter.line).joined()
        case .json:
            let items = rows.map { row in
                let f = Self.fields(row)
                let pairs = zip(Self.header, f).enumerated().map { i, kv in
                    "\"\(kv.0)\": " + (i < 2 ? Self.jsonString(kv.1) : (kv.1.isEmpty ? "null" : kv.1))
                }
                return "    {" + pairs.joined(separator: ", ") + "}"
            }
            return "{\n  \"from_ms\": \(dashboard.window.from),\n  \"to_ms\": \(dashboard.window.to),\n  \"rows\": [\n"
                + items.joined(separator: ",\n") + "\n  ]\n}\n"
        case .table:
            let table = [Self.header] + rows.map(Self.fields)
            let widths = Self.header.indices.map { c in table.map { $0[c].count }.max() ?? 0 }
            return table.map { cells in
                cells.enumerated().map { c, text in
                    let pad = String(repeating: " ", count: widths[c] - text.count)
                    return c < 2 ? text + pad : pad + text
                }.joined(separator: "  ")
            }.map { line in String(line.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n") + "\n"
        }
    }

    static func decimal(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        let tenths = Int64((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return sign + String(abs(tenths) / 10) + "." + String(abs(tenths) % 10)
    }

    static func jsonString(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
