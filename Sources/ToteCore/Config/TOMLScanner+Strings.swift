/// String literals: the four TOML forms, escapes, and the error messages for each way they
/// go wrong. Unterminated strings are reported at the opening quote, where the fix belongs.
extension TOMLScanner {
    private static let quote: UInt8 = 0x22, apostrophe: UInt8 = 0x27, backslash: UInt8 = 0x5C

    /// True when the cursor is at `"""` or `'''`.
    var atMultilineString: Bool {
        guard let q = peek(), q == Self.quote || q == Self.apostrophe else { return false }
        return peek(1) == q && peek(2) == q
    }

    /// Reads any string form starting at the cursor (which must be `"` or `'`).
    mutating func readString() throws(ConfigError) -> String {
        let q = peek()
        if atMultilineString { return try readMultilineString(delimiter: q!) }
        return try readSingleLineString(delimiter: q!)
    }

    /// Reads a one-line basic (`"…"`) or literal (`'…'`) string.
    mutating func readSingleLineString(delimiter q: UInt8) throws(ConfigError) -> String {
        let start = mark
        let literal = q == Self.apostrophe
        advance()
        var out: [UInt8] = []
        while true {
            guard let b = peek(), !atNewline, b != 0x0D else {
                let close = literal ? "'" : "\""
                throw error("unterminated string; close it with \(close) on the same line "
                            + "(use \(close)\(close)\(close) for text over several lines)", at: start)
            }
            if b == q { advance(); break }
            if !literal && b == Self.backslash {
                try readEscape(into: &out)
            } else if Self.isForbiddenControl(b) {
                throw controlCharacterError(b, literal: literal)
            } else {
                out.append(b)
                advance()
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Reads a `"""…"""` or `'''…'''` string. A line break right after the opening quotes is
    /// dropped, and in basic strings a backslash at line end joins the lines.
    mutating func readMultilineString(delimiter q: UInt8) throws(ConfigError) -> String {
        let start = mark
        let literal = q == Self.apostrophe
        advance(3)
        _ = consumeNewline()
        var out: [UInt8] = []
        while true {
            guard let b = peek() else {
                let close = literal ? "'''" : "\"\"\""
                throw error("unterminated multi-line string; close it with \(close)", at: start)
            }
            if b == q, peek(1) == q, peek(2) == q {
                var run = 3
                while peek(run) == q { run += 1 }
                // Up to two quotes may sit right before the closing three.
                guard run <= 5 else { throw error("too many quote characters in a row") }
                out.append(contentsOf: repeatElement(q, count: run - 3))
                advance(run)
                break
            }
            if atNewline {
                _ = consumeNewline()
                out.append(0x0A)
            } else if !literal && b == Self.backslash {
                if try !skipLineEndingBackslash() { try readEscape(into: &out) }
            } else if b == 0x0D {
                throw error("carriage return must be followed by a line feed")
            } else if Self.isForbiddenControl(b) {
                throw controlCharacterError(b, literal: literal)
            } else {
                out.append(b)
                advance()
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// At a backslash followed only by spaces up to the line end, skips it and all following
    /// whitespace and line breaks. Returns false (consuming nothing) for an ordinary escape.
    private mutating func skipLineEndingBackslash() throws(ConfigError) -> Bool {
        var i = 1
        while let b = peek(i), b == 0x20 || b == 0x09 { i += 1 }
        let next = peek(i)
        guard next == 0x0A || (next == 0x0D && peek(i + 1) == 0x0A) else { return false }
        advance(i)
        while true {
            skipSpaces()
            if !consumeNewline() { return true }
        }
    }

    /// Reads one escape sequence at the cursor (a backslash) and appends its UTF-8.
    private mutating func readEscape(into out: inout [UInt8]) throws(ConfigError) {
        let start = mark
        advance()
        guard let c = peek(), !atNewline else {
            throw error("a backslash must be followed by an escape such as \\n, \\\" or \\\\", at: start)
        }
        let simple: UInt8?
        switch c {
        case 0x62: simple = 0x08 // b
        case 0x74: simple = 0x09 // t
        case 0x6E: simple = 0x0A // n
        case 0x66: simple = 0x0C // f
        case 0x72: simple = 0x0D // r
        case 0x22: simple = 0x22
        case 0x5C: simple = 0x5C
        default: simple = nil
        }
        if let simple {
            out.append(simple)
            advance()
            return
        }
        guard c == 0x75 || c == 0x55 else { // u, U
            throw error("invalid escape \\\(describeCurrent().trimmingQuotes); valid escapes are "
                        + "\\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX (write \\\\ for a backslash)",
                        at: start)
        }
        let digits = c == 0x75 ? 4 : 8
        advance()
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard let h = peek(), let d = Self.hexValue(h) else {
                throw error("\\\(c == 0x75 ? "u" : "U") must be followed by exactly \(digits) hex digits",
                            at: start)
            }
            value = value << 4 | UInt32(d)
            advance()
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw error("escape \\\(c == 0x75 ? "u" : "U") does not name a valid Unicode character",
                        at: start)
        }
        out.append(contentsOf: String(Character(scalar)).utf8)
    }

    private func controlCharacterError(_ b: UInt8, literal: Bool) -> ConfigError {
        let hint = literal ? "use a \"…\" string with an escape instead" : "write it as an escape such as \\t"
        return error("control character \(Self.scalarName(b)) is not allowed in a string; \(hint)")
    }

    static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: b - 0x30
        case 0x41...0x46: b - 0x41 + 10
        case 0x61...0x66: b - 0x61 + 10
        default: nil
        }
    }
}

private extension String {
    var trimmingQuotes: String {
        hasPrefix("'") && hasSuffix("'") && count >= 2 ? String(dropFirst().dropLast()) : self
    }
}
