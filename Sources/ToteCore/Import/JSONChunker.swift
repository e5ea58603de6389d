/// Splits a JSON array of objects, or JSON Lines (one object per line), into the bytes of each
/// element with the line it starts on, so each can be decoded, reported and rejected alone.
public enum JSONChunker {
    public struct Chunk: Sendable {
        /// The line (from 1) the element starts on.
        public var line: Int
        public var bytes: ArraySlice<UInt8>
    }

    public struct Result: Sendable {
        public var chunks: [Chunk]
        /// True when the file was one JSON array (else JSON Lines).
        public var isArray: Bool
        public var problems: [ImportProblem]
    }

    public static func split(_ bytes: [UInt8]) -> Result {
        var i = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        var line = 1
        func skipSpace() {
            while i < bytes.count, [0x20, 0x09, 0x0D, 0x0A].contains(bytes[i]) {
                if bytes[i] == 0x0A { line += 1 }
                i += 1
            }
        }
        skipSpace()
        let isArray = i < bytes.count && bytes[i] == 0x5B  // [
        if isArray { i += 1 }
        var chunks: [Chunk] = []
        var problems: [ImportProblem] = []
        while true {
            skipSpace()
            guard i < bytes.count else { break }
            if isArray, bytes[i] == 0x5D { i += 1; break }  // ]
            if isArray, bytes[i] == 0x2C { i += 1; continue }  // ,
            let start = i, startLine = line
            var depth = 0, inString = false, escaped = false
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x0A { line += 1 }
                if inString {
                    if escaped { escaped = false } else if b == 0x5C { escaped = true } else if b == 0x22 { inString = false }
                } else if b == 0x22 {
                    inString = true
                } else if b == 0x7B || b == 0x5B {
                    depth += 1
                } else if b == 0x7D || b == 0x5D {
                    depth -= 1
                    if depth == 0 { i += 1; break }
                    if depth < 0 { break }
                } else if depth == 0, b == 0x2C || b == 0x0A {
                    break
                }
                i += 1
            }
            if i == start {
                // A stray `,` `}` or `]` where a value should start: report it and move past it
                // (in JSON Lines, past the rest of its line), or the loop would never advance.
                let stray = String(UnicodeScalar(bytes[i]))
                problems.append(ImportProblem(line: line, column: "",
                    reason: "unexpected '\(stray)' outside a JSON object; each order must be one {…} "
                        + (isArray ? "separated by commas" : "on its own line")))
                i += 1
                if !isArray {
                    while i < bytes.count, bytes[i] != 0x0A { i += 1 }
                }
                continue
            }
            if depth != 0 || inString {
                problems.append(ImportProblem(line: startLine, column: "",
                    reason: "this JSON value is never closed; check for a missing } or \""))
                break
            }
            chunks.append(Chunk(line: startLine, bytes: bytes[start..<i]))
        }
        if isArray {
            skipSpace()
            if i < bytes.count {
                problems.append(ImportProblem(line: line, column: "", reason: "text after the closing ] of the array"))
            }
        }
        return Result(chunks: chunks, isArray: isArray, problems: problems)
    }

    /// The rejected elements as a file of the same kind: a JSON array or JSON Lines.
    public static func render(_ chunks: [Chunk], asArray: Bool) -> String {
        let texts = chunks.map { String(decoding: $0.bytes, as: UTF8.self) }
        return asArray ? "[\n" + texts.joined(separator: ",\n") + "\n]\n" : texts.map { $0 + "\n" }.joined()
    }
}
