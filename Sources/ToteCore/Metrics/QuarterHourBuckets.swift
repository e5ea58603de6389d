/// Counts of events per 15 minutes, aligned to local quarter hours (:00, :15, :30, :45).
public enum QuarterHourBuckets {
    /// One bucket, milliseconds.
    public static let millis: Int64 = 900_000

    /// Start (ms since 1970) of the local quarter hour holding `millis`.
    public static func start(of millis: Int64, utcOffsetSeconds: Int) -> Int64 {
        let offset = Int64(utcOffsetSeconds) * 1000
        let local = millis + offset
        let q = local >= 0 ? local / Self.millis : (local - Self.millis + 1) / Self.millis
        return q * Self.millis - offset
    }

    /// Events per quarter hour from the one holding `window.from` to the one holding the last
    /// instant before `window.to`; events outside the window are ignored.
    /// Invariant: the sum of the result equals the number of `times` inside the window.
    public static func counts(_ times: [Int64], window: MetricsWindow, utcOffsetSeconds: Int = 0) -> [Int] {
        guard window.to > window.from else { return [] }
        let first = start(of: window.from, utcOffsetSeconds: utcOffsetSeconds)
        let n = Int((window.to - 1 - first) / Self.millis) + 1
        var out = Array(repeating: 0, count: n)
        for t in times where window.contains(t) {
            out[Int((t - first) / Self.millis)] += 1
        }
        return out
    }
}
