/// The store's SQL text as PostgreSQL needs it: `?` placeholders numbered `$1…$n`, scripts split
/// into single statements (the extended query protocol runs one statement per message).
///
/// Both work on "code": the text outside string literals (`'…'` with `''`, `E'…'` with
/// backslash escapes), quoted identifiers (`"…"`), dollar-quoted bodies (`$tag$…$tag$`), line
/// comments (`--`) and block comments (`/* … */`, nested). A `?` or `;` inside any of those is
/// left alone.
enum PostgresSQLText {
    /// `sql` with its `?` placeholders replaced by `$1`, `$2`, … in order, and the number replaced.
    ///
    /// A placeholder directly tested with `IS [NOT] NULL` becomes `$n::text`: the test gives the
    /// server no type for it, so an untyped parameter there fails with "could not determine data
    /// type of parameter". Casting to text keeps the result (a value is NULL whatever its type).
    static func numberingPlaceholders(_ sql: String) -> (sql: String, count: Int) {
        let bytes = Array(sql.utf8)
        let code = codeMask(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        var count = 0
        for index in bytes.indices {
            guard code[index], bytes[index] == UInt8(ascii: "?") else {
                output.append(bytes[index])
                continue
            }
            count += 1
            output.append(contentsOf: Array("$\(count)".utf8))
            if isFollowedByNullTest(bytes, code, after: index) { output.append(contentsOf: Array("::text".utf8)) }
        }
        return (String(decoding: output, as: UTF8.self), count)
    }

    /// The statements of a `;`-separated script, trimmed, without empty or comment-only ones.
    /// A function body must be dollar-quoted (`AS $$ … $$`): SQL-standard `BEGIN ATOMIC … END`
    /// bodies hold bare `;` and are not supported.
    static func statements(_ sql: String) -> [String] {
        let bytes = Array(sql.utf8)
        let code = codeMask(bytes)
        var statements: [String] = []
        var start = 0
        var hasCode = false
        func flush(upTo end: Int) {
            if hasCode {
                let text = String(decoding: bytes[start..<end], as: UTF8.self)
                statements.append(text.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            start = end + 1
            hasCode = false
        }
        for index in bytes.indices {
            if code[index] && bytes[index] == UInt8(ascii: ";") {
                flush(upTo: index)
            } else if code[index] && !isSpace(bytes[index]) {
                hasCode = true
            }
        }
        flush(upTo: bytes.count)
        return statements
    }

    /// The first non-empty line of `sql`, for error messages.
    static func firstLine(_ sql: String) -> String {
        let line = sql.split(whereSeparator: \.isNewline).first { !$0.allSatisfy(\.isWhitespace) } ?? ""
        return line.trimmingCharacters(in: .whitespaces)
    }

    /// For each byte: true when it is code, false inside a literal, quoted identifier or comment.
    static func codeMask(_ bytes: [UInt8]) -> [Bool] {
        var mask = [Bool](repeating: true, count: bytes.count)
        var index = 0
        func mark(_ range: Range<Int>) { for i in range where i < mask.count { mask[i] = false } }
        while index < bytes.count {
            let byte = bytes[index]
            let next: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
            if byte == UInt8(ascii: "'") {
                let escapes = index > 0 && (bytes[index - 1] | 0x20) == UInt8(ascii: "e")
                    && (index < 2 || !isIdentifier(bytes[index - 2]))
                let end = quotedEnd(bytes, from: index, quote: byte, backslashEscapes: escapes)
                mark(index..<end)
                index = end
            } else if byte == UInt8(ascii: "\"") {
                let end = quotedEnd(bytes, from: index, quote: byte, backslashEscapes: false)
                mark(index..<end)
                index = end
            } else if byte == UInt8(ascii: "-") && next == UInt8(ascii: "-") {
                var end = index
                while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
                mark(index..<end)
                index = end
            } else if byte == UInt8(ascii: "/") && next == UInt8(ascii: "*") {
                let end = blockCommentEnd(bytes, from: index)
                mark(index..<end)
                index = end
            } else if byte == UInt8(ascii: "$"), let end = dollarQuoteEnd(bytes, from: index) {
                mark(index..<end)
                index = end
            } else {
                index += 1
            }
        }
        return mask
    }

    /// The index after the closing quote (or the end of the text when it is not closed).
    private static func quotedEnd(_ bytes: [UInt8], from start: Int, quote: UInt8, backslashEscapes: Bool) -> Int {
        var index = start + 1
        while index < bytes.count {
            if backslashEscapes && bytes[index] == UInt8(ascii: "\\") {
                index += 2
            } else if bytes[index] == quote {
                if index + 1 < bytes.count && bytes[index + 1] == quote { index += 2 } else { return index + 1 }
            } else {
                index += 1
            }
        }
        return bytes.count
    }

    private static func blockCommentEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var depth = 0
        var index = start
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "/") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "*") {
                depth += 1
                index += 2
            } else if bytes[index] == UInt8(ascii: "*") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "/") {
                depth -= 1
                index += 2
                if depth == 0 { return index }
            } else {
                index += 1
            }
        }
        return bytes.count
    }

    /// The index after `$tag$ … $tag$` when a dollar quote opens at `start`; nil when this `$`
    /// is something else (a `$1` parameter, or part of an identifier).
    private static func dollarQuoteEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        if start > 0 && isIdentifier(bytes[start - 1]) { return nil }
        var tagEnd = start + 1
        while tagEnd < bytes.count && bytes[tagEnd] != UInt8(ascii: "$") {
            let byte = bytes[tagEnd]
            let allowed = isIdentifier(byte) && !(tagEnd == start + 1 && isDigit(byte))
            if !allowed { return nil }
            tagEnd += 1
        }
        guard tagEnd < bytes.count else { return nil }
        let tag = Array(bytes[start...tagEnd])
        var index = tagEnd + 1
        while index + tag.count <= bytes.count {
            if bytes[index] == UInt8(ascii: "$") && Array(bytes[index..<index + tag.count]) == tag {
                return index + tag.count
            }
            index += 1
        }
        return bytes.count
    }

    private static func isFollowedByNullTest(_ bytes: [UInt8], _ code: [Bool], after index: Int) -> Bool {
        var words: [String] = []
        var position = index + 1
        while words.count < 3 {
            while position < bytes.count && code[position] && isSpace(bytes[position]) { position += 1 }
            var word: [UInt8] = []
            while position < bytes.count && code[position] && isIdentifier(bytes[position]) {
                word.append(bytes[position] | 0x20)
                position += 1
            }
            if word.isEmpty { break }
            words.append(String(decoding: word, as: UTF8.self))
        }
        guard words.first == "is" else { return false }
        return words.dropFirst().first == "null" || (words.dropFirst().first == "not" && words.dropFirst(2).first == "null")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Letters, digits, `_`, `$` and non-ASCII bytes (PostgreSQL allows those in identifiers).
    private static func isIdentifier(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x5F || byte == 0x24 || byte >= 0x80
    }
}
