/// Reads the timestamps shop exports write, into seconds since 1970 (UTC):
/// `2024-03-05 14:22:10 +0100` (Shopify), `2024-03-05T14:22:10+01:00`, `…Z`, with or without
/// seconds. Without an offset the time is taken as local at `defaultOffsetSeconds`.
public enum ImportTimestamp {
    public static func parse(_ text: String, defaultOffsetSeconds: Int = 0) -> Int64? {
        let b = Array(text.utf8)
        var i = 0
        func digits(_ count: Int) -> Int? {
            guard i + count <= b.count else { return nil }
            var v = 0
            for k in i..<(i + count) {
                guard b[k] >= 48, b[k] <= 57 else { return nil }
                v = v * 10 + Int(b[k] - 48)
            }
            i += count
            return v
        }
        func expect(_ ch: UInt8) -> Bool {
            guard i < b.count, b[i] == ch else { return false }
            i += 1
            return true
        }
        guard let y = digits(4), expect(45), let mo = digits(2), expect(45), let d = digits(2),
              (1...12).contains(mo), (1...31).contains(d) else { return nil }
        var h = 0, mi = 0, s = 0
        if i < b.count, b[i] == 84 || b[i] == 32 {  // 'T' or ' '
            i += 1
            guard let hh = digits(2), expect(58), let mm = digits(2) else { return nil }
            h = hh; mi = mm
            if expect(58) { guard let ss = digits(2) else { return nil }; s = ss }
            if expect(46) { while i < b.count, b[i] >= 48, b[i] <= 57 { i += 1 } }  // fraction
        }
        guard h < 24, mi < 60, s < 61 else { return nil }
        while i < b.count, b[i] == 32 { i += 1 }
        var offset = defaultOffsetSeconds
        if i < b.count {
            if b[i] == 90 || b[i] == 122 {  // Z
                offset = 0
                i += 1
            } else if b[i] == 43 || b[i] == 45 {  // + or -
                let sign = b[i] == 45 ? -1 : 1
                i += 1
                guard let oh = digits(2) else { return nil }
                _ = expect(58)
                let om = digits(2) ?? 0
                offset = sign * (oh * 3600 + om * 60)
            } else {
                return nil
            }
        }
        guard i == b.count else { return nil }
        let days = daysFromCivil(year: y, month: mo, day: d)
        return Int64(days) * 86_400 + Int64(h * 3600 + mi * 60 + s) - Int64(offset)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
