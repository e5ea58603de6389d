/// Byte cursor over a TOML document that knows the current line, so every error and every
/// value can be pinned to a place in the file.
///
/// Works on UTF-8 bytes: all TOML syntax is ASCII and multi-byte sequences never contain
/// ASCII bytes, so slicing at syntax characters always yields valid UTF-8.
struct TOMLScanner {
    /// A remembered position, for errors that point back at where something started.
    struct Mark {
        let offset: Int
        let line: Int
        let lineStart: Int
    }

    let bytes: [UInt8]
    let file: String
    private(set) var offset = 0
    private(set) var line = 1
    private var lineStart = 0

    init(text: String, file: String) {
        bytes = Array(text.utf8)
        self.file = file
    }

    var mark: Mark { Mark(offset: offset, line: line, lineStart: lineStart) }
    var isAtEnd: Bool { offset >= bytes.count }

    func peek(_ ahead: Int = 0) -> UInt8? {
        let i = offset + ahead
        return i < bytes.count ? bytes[i] : nil
    }

    /// Moves past one byte that is not a line break (line breaks go through `consumeNewline`).
    mutating func advance(_ count: Int = 1) {
        offset = min(offset + count, bytes.count)
    }

    /// True at `\n` or `\r\n`.
    var atNewline: Bool {
        peek() == 0x0A || (peek() == 0x0D && peek(1) == 0x0A)
    }

    /// Consumes one line break if there is one.
    mutating func consumeNewline() -> Bool {
        if peek() == 0x0D, peek(1) == 0x0A { offset += 1 }
        guard peek() == 0x0A else { return false }
        offset += 1
        line += 1
        lineStart = offset
        return true
    }

    mutating func skipSpaces() {
        while let b = peek(), b == 0x20 || b == 0x09 { offset += 1 }
    }

    /// Skips a `#` comment up to (not including) the line break.
    mutating func skipComment() throws(ConfigError) {
        guard peek() == 0x23 else { return }
        while let b = peek(), !atNewline {
            if Self.isForbiddenControl(b) {
                throw error("control character \(Self.scalarName(b)) is not allowed in a comment")
            }
            offset += 1
        }
    }

    /// Skips spaces, comments and line breaks — the filler allowed between array elements.
    mutating func skipBlankSpace() throws(ConfigError) {
        while true {
            skipSpaces()
            try skipComment()
            if !consumeNewline() { return }
        }
    }

    /// After a complete statement only spaces and a comment may follow on the same line.
    mutating func expectEndOfLine(after what: String) throws(ConfigError) {
        skipSpaces()
        try skipComment()
        if isAtEnd || consumeNewline() { return }
        if peek() == 0x0D { throw error("carriage return must be followed by a line feed") }
        throw error("unexpected \(describeCurrent()) after \(what); put each entry on its own line "
                    + "and start comments with #")
    }

    func error(_ reason: String, at mark: Mark? = nil) -> ConfigError {
        let m = mark ?? self.mark
        return ConfigError(file: file, line: m.line, column: column(of: m), reason: reason)
    }

    /// 1-based column counted in Unicode scalars, computed only when an error needs it.
    func column(of mark: Mark) -> Int {
        var column = 1
        var i = mark.lineStart
        while i < mark.offset && i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return column
    }

    /// "end of file", "end of line", or the quoted character at the cursor.
    func describeCurrent() -> String {
        guard let b = peek() else { return "end of file" }
        if atNewline { return "end of line" }
        if b < 0x80 && !Self.isForbiddenControl(b) && b != 0x09 {
            return "'" + String(UnicodeScalar(b)) + "'"
        }
        if b < 0x80 { return "character \(Self.scalarName(b))" }
        // Decode the whole scalar so non-ASCII text is shown as written.
        var end = offset + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return "'" + String(decoding: bytes[offset..<end], as: UTF8.self) + "'"
    }

    /// TOML forbids raw control characters outside line breaks; tab is the one exception.
    static func isForbiddenControl(_ b: UInt8) -> Bool {
        (b < 0x20 && b != 0x09) || b == 0x7F
    }

    static func scalarName(_ b: UInt8) -> String {
        let hex = String(b, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: 4 - hex.count) + hex
    }

    static func isBareKeyByte(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
            || b == 0x5F || b == 0x2D
    }
}
