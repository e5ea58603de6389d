/// GS1 modulo-10 check digits, shared by GTIN-8/12/13/14 and SSCC-18.
///
/// The rule (GS1 General Specifications §7.9.1): weight the digits 3,1,3,1… from the
/// right-most data digit, sum, and take the distance to the next multiple of ten.
public enum GS1CheckDigit {
    /// The check digit for `payload` (all digits, without the check digit), or nil if
    /// `payload` is empty or holds a non-digit.
    public static func compute(_ payload: some StringProtocol) -> Int? {
        var sum = 0
        var weightThree = true
        var sawDigit = false
        for ch in payload.utf8.reversed() {
            guard ch >= 48, ch <= 57 else { return nil }
            let d = Int(ch - 48)
            sum += weightThree ? d * 3 : d
            weightThree.toggle()
            sawDigit = true
        }
        return sawDigit ? (10 - sum % 10) % 10 : nil
    }

    /// True when the last digit of `code` is the check digit of the rest.
    public static func isValid(_ code: some StringProtocol) -> Bool {
        guard code.count >= 2, let last = code.last, let expected = last.wholeNumberValue,
              last.isASCII else { return false }
        return compute(code.dropLast()) == expected
    }

    /// `payload` with its check digit appended. Precondition: `payload` is all digits.
    public static func appending(to payload: String) -> String {
        guard let d = compute(payload) else { preconditionFailure("non-digit GS1 payload \(payload)") }
        return payload + String(d)
    }
}
