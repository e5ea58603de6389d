/// The arithmetic every benchmark prints with: percentiles and durations in the unit shown.
enum BenchFigures {
    /// The value at fraction `p` (0…1) of the sorted `values` (nearest rank below); 0 when empty.
    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * p))]
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    static func milliseconds(_ d: Duration) -> Double { seconds(d) * 1e3 }
    static func microseconds(_ d: Duration) -> Double { seconds(d) * 1e6 }
    static func nanoseconds(_ d: Duration) -> Double { seconds(d) * 1e9 }
}
