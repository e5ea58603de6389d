/// A half-open span of time `[from, to)` the dashboard and reports aggregate over.
///
/// Units: milliseconds since 1970. Invariant: `from <= to`.
public struct MetricsWindow: Equatable, Sendable {
    public let from: Int64
    public let to: Int64

    public init(from: Int64, to: Int64) {
        self.from = min(from, to)
        self.to = max(from, to)
    }

    /// The last `hours` hours ending at `now` (ms).
    public static func last(hours: Double, endingAt now: Int64) -> MetricsWindow {
        MetricsWindow(from: now - Int64(hours * 3_600_000), to: now)
    }

    /// Length in hours (0 for an empty window).
    public var hours: Double { Double(to - from) / 3_600_000 }

    public func contains(_ millis: Int64) -> Bool { millis >= from && millis < to }
}
