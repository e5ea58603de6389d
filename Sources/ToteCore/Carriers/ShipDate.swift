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

    /// `YYYY-MM-DD`.
    public var description: String { CalendarDay(daysSince1970: day).description }

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
