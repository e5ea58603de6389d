/// Unquoted values: booleans, integers and floats. Everything else that looks like a bare
/// word gets a specific message, because "invalid value" alone does not tell an admin to
/// add quotes.
extension TOMLScanner {
    /// Reads a bare token (`true`, `-1_000`, `3.5e2`, …) at the cursor.
    mutating func readBareValue() throws(ConfigError) -> TOMLValue.Kind {
        let start = mark
        let begin = offset
        while let b = peek(), Self.isTokenByte(b) { advance() }
        guard offset > begin else {
            throw error("expected a value (a string in quotes, number, true/false, [array] or "
                        + "{table}) but found \(describeCurrent())")
        }
        let token = Array(bytes[begin..<offset])
        let text = String(decoding: token, as: UTF8.self)
        let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
        switch text {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "inf", "+inf", "-inf", "nan", "+nan", "-nan":
            throw error("\(text) is not supported; use an ordinary number", at: start)
        default: break
        }
        if Self.looksLikeDate(token) {
            throw error("dates and times are not supported (got \(shown)); write them as a "
                        + "quoted string", at: start)
        }
        guard let first = token.first, first == 0x2B || first == 0x2D || first == 0x2E || Self.isDigit(first) else {
            throw error("invalid value \(shown); text must be in quotes, e.g. \"\(shown)\"", at: start)
        }
        if let kind = try Self.number(token, scanner: self, at: start) { return kind }
        throw error("invalid number \(shown); write integers like 42 or 1_000 and decimals like 1.5 "
                    + "or 2.5e3 (no leading zeros, single _ between digits)", at: start)
    }

    /// Parses a complete number token; nil when the token is not valid TOML number syntax.
    private static func number(_ t: [UInt8], scanner: TOMLScanner, at start: Mark)
        throws(ConfigError) -> TOMLValue.Kind? {
        if t.count > 2, t[0] == 0x30, let radix = radix(t[1]) {
            guard let digits = separatedDigits(t[2...], radix: radix) else { return nil }
            return try integer(digits, radix: radix, negative: false, scanner: scanner, at: start)
        }
        var i = 0
        var negative = false
        if t[0] == 0x2B || t[0] == 0x2D { negative = t[0] == 0x2D; i = 1 }
        var end = i
        while end < t.count, isDigit(t[end]) || t[end] == 0x5F { end += 1 }
        guard let intDigits = separatedDigits(t[i..<end], radix: 10) else { return nil }
        // A leading zero would read as octal in other languages; TOML forbids it.
        if intDigits.count > 1 && intDigits[0] == 0x30 { return nil }
        if end == t.count {
            return try integer(intDigits, radix: 10, negative: negative, scanner: scanner, at: start)
        }
        var literal = (negative ? "-" : "") + String(decoding: intDigits, as: UTF8.self)
        if t[end] == 0x2E { // fraction
            var fracEnd = end + 1
            while fracEnd < t.count, isDigit(t[fracEnd]) || t[fracEnd] == 0x5F { fracEnd += 1 }
            guard let frac = separatedDigits(t[(end + 1)..<fracEnd], radix: 10) else { return nil }
            literal += "." + String(decoding: frac, as: UTF8.self)
            end = fracEnd
        }
        if end < t.count, t[end] == 0x65 || t[end] == 0x45 { // exponent
            var expStart = end + 1
            var sign = ""
            if expStart < t.count, t[expStart] == 0x2B || t[expStart] == 0x2D {
                sign = t[expStart] == 0x2D ? "-" : "+"
                expStart += 1
            }
            guard let exp = separatedDigits(t[expStart...], radix: 10) else { return nil }
            literal += "e" + sign + String(decoding: exp, as: UTF8.self)
            end = t.count
        }
        guard end == t.count, let value = Double(literal) else { return nil }
        guard value.isFinite else {
            throw scanner.error("number \(literal.prefix(40)) is too large", at: start)
        }
        return .float(value)
    }

    /// Digits with single underscores *between* them removed; nil for empty input, a stray
    /// underscore, or a digit outside the radix.
    private static func separatedDigits(_ s: ArraySlice<UInt8>, radix: Int) -> [UInt8]? {
        var out: [UInt8] = []
        var previousWasDigit = false
        for b in s {
            if b == 0x5F {
                guard previousWasDigit else { return nil }
                previousWasDigit = false
            } else {
                guard let d = hexValue(b), Int(d) < radix else { return nil }
                out.append(b)
                previousWasDigit = true
            }
        }
        return previousWasDigit ? out : nil
    }

    private static func integer(_ digits: [UInt8], radix: Int, negative: Bool, scanner: TOMLScanner,
                                at start: Mark) throws(ConfigError) -> TOMLValue.Kind {
        // Accumulate negatively so Int.min is representable.
        var value = 0
        for b in digits {
            let (shifted, o1) = value.multipliedReportingOverflow(by: radix)
            let (next, o2) = shifted.subtractingReportingOverflow(Int(hexValue(b)!))
            guard !o1, !o2 else {
                throw scanner.error("integer is out of range (must fit in 64 bits)", at: start)
            }
            value = next
        }
        if negative { return .integer(value) }
        guard value != Int.min else {
            throw scanner.error("integer is out of range (must fit in 64 bits)", at: start)
        }
        return .integer(-value)
    }

    private static func radix(_ b: UInt8) -> Int? {
        switch b {
        case 0x78: 16 // x
        case 0x6F: 8  // o
        case 0x62: 2  // b
        default: nil
        }
    }

    /// `1979-05-27…` or `07:32:00…` — reported as unsupported rather than as a bad number.
    private static func looksLikeDate(_ t: [UInt8]) -> Bool {
        let digits = { (r: Range<Int>) in r.upperBound <= t.count && r.allSatisfy { isDigit(t[$0]) } }
        if digits(0..<4), t.count > 4, t[4] == 0x2D, digits(5..<7) { return true }
        return digits(0..<2) && t.count > 2 && t[2] == 0x3A
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// Characters that can belong to a bare value; read greedily so `12abc` is one bad token.
    private static func isTokenByte(_ b: UInt8) -> Bool {
        isBareKeyByte(b) || b == 0x2B || b == 0x2E || b == 0x3A
    }
}
