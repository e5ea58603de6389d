/// Carrier check-digit rules (pure; nil for input the rule does not accept).
public enum TrackingCheckDigit {
    /// UPS 1Z: the 15 characters after `1Z`; letters count as (ASCII − 63) mod 10, digits as
    /// themselves; odd positions (from 1) once, even positions twice; check = (10 − sum mod 10) mod 10.
    public static func ups(_ body: String) -> Int? {
        guard body.utf8.count == 15 else { return nil }
        var sum = 0
        for (i, b) in body.utf8.enumerated() {
            let v: Int
            switch b {
            case 48...57: v = Int(b - 48)
            case 65...90: v = (Int(b) - 63) % 10
            default: return nil
            }
            sum += i % 2 == 1 ? v * 2 : v
        }
        return (10 - sum % 10) % 10
    }

    /// FedEx 12-digit (Express/Ground 12): weights 1, 3, 7 repeating from the right-most of the
    /// 11 data digits; check = sum mod 11, and a remainder of 10 counts as 0.
    public static func fedex(_ body: String) -> Int? {
        guard body.utf8.count == 11 else { return nil }
        let weights = [1, 3, 7]
        var sum = 0
        for (i, b) in body.utf8.reversed().enumerated() {
            guard b >= 48, b <= 57 else { return nil }
            sum += Int(b - 48) * weights[i % 3]
        }
        let r = sum % 11
        return r == 10 ? 0 : r
    }

    /// UPU S10: weights 8 6 4 2 3 5 9 7 over the 8 serial digits; check = 11 − sum mod 11,
    /// with 10 → 0 and 11 → 5.
    public static func s10(_ digits: String) -> Int? {
        guard digits.utf8.count == 8 else { return nil }
        let weights = [8, 6, 4, 2, 3, 5, 9, 7]
        var sum = 0
        for (i, b) in digits.utf8.enumerated() {
            guard b >= 48, b <= 57 else { return nil }
            sum += Int(b - 48) * weights[i]
        }
        let c = 11 - sum % 11
        return c == 10 ? 0 : (c == 11 ? 5 : c)
    }

    /// True when `number` is a well-formed tracking number of `format` with a correct check digit.
    public static func isValid(_ number: String, format: TrackingFormat) -> Bool {
        let u = Array(number.utf8)
        func last() -> Int? { u.last.flatMap { $0 >= 48 && $0 <= 57 ? Int($0 - 48) : nil } }
        switch format {
        case .ups:
            guard u.count == 18, number.hasPrefix("1Z") else { return false }
            return ups(String(number.dropFirst(2).dropLast())) == last()
        case .usps:
            return u.count == 22 && GS1CheckDigit.isValid(number)
        case .fedex:
            return u.count == 12 && fedex(String(number.dropLast())) == last()
        case .s10:
            guard u.count == 13 else { return false }
            let digits = String(number.dropFirst(2).prefix(8))
            let check = u[10]
            return check >= 48 && check <= 57 && s10(digits) == Int(check - 48)
        case .sscc:
            return u.count == 18 && GS1CheckDigit.isValid(number)
        }
    }
}
