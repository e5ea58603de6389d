import ToteCore

/// Short renderings of the dashboard's numbers, for narrow columns.
enum SupervisorFormat {
    /// "12.5" (or "12,5" with a decimal comma) below 100, "123" above; "–" for nil.
    static func rate(_ value: Double?, _ format: LocalFormat = LocalFormat(.en)) -> String {
        guard let value, value.isFinite else { return "–" }
        if value >= 99.95 { return String(Int(value.rounded())) }
        return format.decimal(value, digits: 1)
    }

    /// Seconds as "45s", "3:05" (m:ss) or "1h05"; "–" for nil.
    static func seconds(_ value: Double?) -> String {
        guard let value, value.isFinite, value >= 0 else { return "–" }
        return duration(Int64(value.rounded()))
    }

    /// Milliseconds as `seconds` does; "–" for nil.
    static func millis(_ value: Int64?) -> String {
        guard let value, value >= 0 else { return "–" }
        return duration(value / 1000)
    }

    /// Minutes as "12m" or "2h05".
    static func minutes(_ value: Int) -> String {
        value < 60 ? "\(value)m" : "\(value / 60)h" + two(value % 60)
    }

    /// A ratio as a whole percentage, "–" for nil.
    static func percent(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "–" }
        return "\(Int((value * 100).rounded()))%"
    }

    private static func duration(_ s: Int64) -> String {
        if s < 60 { return "\(s)s" }
        if s < 3600 { return "\(s / 60):" + two(Int(s % 60)) }
        return "\(s / 3600)h" + two(Int(s % 3600 / 60))
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
