/// A calendar day in the warehouse's local time, counted in days since 1970-01-01.
public struct ShipDate: Equatable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (local calendar).
    public var day: Int
    public init(day: Int) { self.day = day }

    /// The local day and minute-of-day for `seconds` since 1970 UTC at `utcOffsetSeconds`.
    public static func local(seconds: Int64, utcOffsetSeconds: Int) -> (date: ShipDate, minute: Int) {
        let local = seconds + Int64(utcOffsetSeconds)
        let day = Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
        let minute = Int((local - Int64(day) * 86_400) / 60)
        return (ShipDate(day: day), minute)
    }

    /// 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
    public var weekday: Int { ((day % 7) + 7 + 3) % 7 }
    public var isWeekend: Bool { weekday >= 5 }

    public func adding(days n: Int) -> ShipDate { ShipDate(day: day + n) }

    /// `n` business days (Mon–Fri) later; 0 keeps the day.
    public func adding(businessDays n: Int) -> ShipDate {
        var d = self, left = n
        while left > 0 {
            d = d.adding(days: 1)
            if !d.isWeekend { left -= 1 }
        }
        return d
    }

    /// `YYYY-MM-DD` (proleptic Gregorian; Howard Hinnant's civil-from-days).
    public var description: String {
        let z = day + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(y)-\(two(m))-\(two(d))"
    }

    public static func < (a: ShipDate, b: ShipDate) -> Bool { a.day < b.day }
}

extension CarrierServiceOption {
    /// The day a parcel packed at local (`date`, `minute`) is picked up: today when there is a
    /// pickup today and `minute` is before its cutoff, else the next day with a pickup.
    /// Nil only when the service has no pickup day at all.
    public func pickupDate(packedOn date: ShipDate, minute: Int) -> ShipDate? {
        if let cut = cutoffs[date.weekday], minute < cut { return date }
        for n in 1...7 {
            let d = date.adding(days: n)
            if cutoffs[d.weekday] != nil { return d }
        }
        return nil
    }
}
