/// Times as the station shows them, computed without Foundation's calendar so views stay pure.
enum TimeText {
    /// "16:05" when `seconds` falls on the same local day as `now`, else "11-28 16:05".
    static func shipBy(_ seconds: Int64, now: Int64, utcOffset: Int) -> String {
        let local = seconds + Int64(utcOffset)
        let today = (now + Int64(utcOffset)).floorDiv(86_400)
        let day = local.floorDiv(86_400)
        let secOfDay = local - day * 86_400
        let hhmm = two(Int(secOfDay / 3600)) + ":" + two(Int(secOfDay % 3600 / 60))
        if day == today { return hhmm }
        let (_, m, d) = civil(fromDays: day)
        return two(m) + "-" + two(d) + " " + hhmm
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Year, month, day of a day count since 1970-01-01 (Howard Hinnant's civil algorithm).
    static func civil(fromDays z0: Int64) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = z.floorDiv(146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return (Int(y), Int(m), Int(d))
    }
}

extension Int64 {
    func floorDiv(_ d: Int64) -> Int64 {
        let q = self / d
        return (self % d != 0 && (self < 0) != (d < 0)) ? q - 1 : q
    }
}
