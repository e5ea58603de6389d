/// A GS1 date field, YYMMDD (AIs 11, 12, 13, 15, 16, 17).
///
/// Invariant: `month` is 1…12; `day` is 0…(days in month), where 0 means "the last day of the
/// month" (GS1 General Specifications §3.4.2 and following: "if only year and month are
/// available, DD must be filled with two zeroes"). February 29 is valid when `yy` is divisible
/// by 4 (true for every year 2000…2099, the range the GS1 century rule gives for decades to come).
public struct GS1Date: Hashable, Sendable, CustomStringConvertible {
    /// Two-digit year, 0…99.
    public let yy: Int
    public let month: Int
    /// 0 (end of month) or 1…31.
    public let day: Int

    public var description: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return two(yy) + two(month) + two(day)
    }

    public enum Problem: Error, Hashable, Sendable {
        case notSixDigits
        case badMonth(Int)
        case badDay(Int)
    }

    /// Parses six ASCII digits; `.failure` tells which part is wrong.
    public static func parse<C: Collection<UInt8>>(_ bytes: C) -> Result<GS1Date, Problem> {
        guard bytes.count == 6 else { return .failure(.notSixDigits) }
        var n = (0, 0, 0)
        var i = 0
        for b in bytes {
            guard b >= 48, b <= 57 else { return .failure(.notSixDigits) }
            let d = Int(b - 48)
            switch i / 2 {
            case 0: n.0 = n.0 * 10 + d
            case 1: n.1 = n.1 * 10 + d
            default: n.2 = n.2 * 10 + d
            }
            i += 1
        }
        return check(yy: n.0, month: n.1, day: n.2)
    }

    public static func parse(_ text: String) -> Result<GS1Date, Problem> { parse(Array(text.utf8), 0, text.utf8.count) }

    /// Parses `b[from..<to]` (same as `parse(_:)` on a collection, without generics).
    static func parse(_ b: [UInt8], _ from: Int, _ to: Int) -> Result<GS1Date, Problem> {
        guard to - from == 6 else { return .failure(.notSixDigits) }
        var k = from
        while k < to {
            guard b[k] >= 48, b[k] <= 57 else { return .failure(.notSixDigits) }
            k += 1
        }
        func d(_ k: Int) -> Int { Int(b[from + k]) - 48 }
        let v = (d(0), d(1), d(2), d(3), d(4), d(5))
        return check(yy: v.0 * 10 + v.1, month: v.2 * 10 + v.3, day: v.4 * 10 + v.5)
    }

    private static func check(yy: Int, month: Int, day: Int) -> Result<GS1Date, Problem> {
        guard (1...12).contains(month) else { return .failure(.badMonth(month)) }
        guard day <= daysIn(month: month, yy: yy) else { return .failure(.badDay(day)) }
        return .success(GS1Date(yy: yy, month: month, day: day))
    }

    /// The full year by GS1 General Specifications §7.12 (the century that puts the date within
    /// 49 years before and 50 years after `referenceYear`, the current year).
    public func fullYear(referenceYear: Int) -> Int {
        let current = referenceYear % 100
        let century = referenceYear - current
        let diff = yy - current
        if diff >= 51 { return century - 100 + yy }
        if diff <= -50 { return century + 100 + yy }
        return century + yy
    }

    /// `20YY-MM-DD` (ISO 8601 form, century 2000, day `00` kept as written: end of month).
    public var isoText: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "20" + two(yy) + "-" + two(month) + "-" + two(day)
    }

    static func daysIn(month: Int, yy: Int) -> Int {
        switch month {
        case 2: return yy % 4 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private init(yy: Int, month: Int, day: Int) {
        self.yy = yy
        self.month = month
        self.day = day
    }
}
