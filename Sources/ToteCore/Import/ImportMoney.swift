/// Reads a decimal amount such as `19.99`, `-5`, `1234.5` into minor units (hundredths):
/// 1999, -500, 123450. Refuses thousands separators, currency signs and more than 2 decimals.
public enum ImportMoney {
    public static func minorUnits(_ text: String) -> Int? {
        var b = Substring(text.importTrimmed)
        var sign = 1
        if b.first == "-" { sign = -1; b = b.dropFirst() }
        let parts = b.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, whole.utf8.allSatisfy(isDigit),
              let units = Int(whole) else { return nil }
        var cents = 0
        if parts.count == 2 {
            let frac = parts[1]
            guard frac.count <= 2, frac.utf8.allSatisfy(isDigit) else { return nil }
            cents = frac.isEmpty ? 0 : Int(frac)! * (frac.count == 1 ? 10 : 1)
        }
        return sign * (units * 100 + cents)
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
}

extension String {
    /// The text without leading and trailing spaces, tabs and line breaks.
    var importTrimmed: String {
        let u = utf8
        guard let first = u.firstIndex(where: { !Self.isSpace($0) }) else { return "" }
        let last = u.lastIndex(where: { !Self.isSpace($0) })!
        return String(self[first..<u.index(after: last)])
    }

    private static func isSpace(_ c: UInt8) -> Bool { c == 32 || c == 9 || c == 10 || c == 13 }
}
