/// The instant rules are evaluated at, and the station's offset from UTC.
///
/// Injected (never read from a system clock) so that campaign windows and weekday rules are
/// deterministic in tests and in `tote rules explain --at`.
public struct LocalTime: Equatable, Hashable, Sendable {
    /// Seconds since 1970-01-01 00:00 UTC.
    public var seconds: Int64
    /// Seconds to add to UTC to get the station's wall clock, e.g. 3600 for UTC+01:00.
    public var utcOffsetSeconds: Int

    public init(seconds: Int64, utcOffsetSeconds: Int = 0) {
        self.seconds = seconds
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    /// The station's local calendar day.
    public var day: CalendarDay {
        let local = seconds + Int64(utcOffsetSeconds)
        // Floor division so instants before 1970 still land on the right day.
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return CalendarDay(daysSince1970: Int(days))
    }
}
