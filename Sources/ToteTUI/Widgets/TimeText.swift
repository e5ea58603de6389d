import ToteCore

/// Times as the station shows them, computed without Foundation's calendar so views stay pure.
enum TimeText {
    /// "16:05" when `seconds` falls on the same local day as `now`, else the day first in the
    /// language's order: "11-28 16:05" (en), "28.11 16:05" (ro), "28/11 16:05" (fr, sv).
    /// Always 24-hour.
    static func shipBy(_ seconds: Int64, now: Int64, utcOffset: Int, format: LocalFormat = LocalFormat(.en)) -> String {
        let local = seconds + Int64(utcOffset)
        let today = (now + Int64(utcOffset)).floorDiv(86_400)
        let day = local.floorDiv(86_400)
        let secOfDay = local - day * 86_400
        let hhmm = format.time(hour: Int(secOfDay / 3600), minute: Int(secOfDay % 3600 / 60))
        if day == today { return hhmm }
        let (_, m, d) = civil(fromDays: day)
        return format.dayMonth(month: m, day: d) + " " + hhmm
    }

    /// Year, month, day of a day count since 1970-01-01.
    static func civil(fromDays days: Int64) -> (Int, Int, Int) {
        CalendarDay(daysSince1970: Int(days)).civil
    }
}

extension Int64 {
    func floorDiv(_ d: Int64) -> Int64 {
        let q = self / d
        return (self % d != 0 && (self < 0) != (d < 0)) ? q - 1 : q
    }
}
