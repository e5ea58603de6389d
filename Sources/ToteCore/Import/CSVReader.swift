/// A fast RFC 4180 reader over raw bytes: comma separated, `"` quoting with `""` escapes,
/// quoted fields may hold commas and line breaks. Also accepts a UTF-8 byte-order mark, CRLF or
/// LF line ends, and a missing final line end. Blank lines are skipped.
///
/// Problems (an unterminated quote, text after a closing quote, a file that is not UTF-8) are
/// reported with their line and column (1-based field number) instead of guessed around.
public enum CSVReader {
    public struct Result: Sendable {
        public var records: [CSVRecord]
        public var problems: [ImportProblem]
    }

    public static func read(_ bytes: [UInt8]) -> Result {
        bytes.withUnsafeBufferPointer { read($0) }
    }

    public static func read(_ buf: UnsafeBufferPointer<UInt8>) -> Result {
        let quote: UInt8 = 0x22, comma: UInt8 = 0x2C, cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
        var records: [CSVRecord] = []
        var problems: [ImportProblem] = []
        let n = buf.count
        var i = 0
        if n >= 3, buf[0] == 0xEF, buf[1] == 0xBB, buf[2] == 0xBF { i = 3 }
        var line = 1
        var fields: [String] = []
        var recordLine = 1
        var scratch: [UInt8] = []

        func text(_ start: Int, _ end: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: buf[start..<end]), as: UTF8.self)
        }

        while i < n {
            // At the start of a field.
            if fields.isEmpty { recordLine = line }
            var value: String
            if buf[i] == quote {
                let openLine = line
                i += 1
                scratch.removeAll(keepingCapacity: true)
                var closed = false
                var runStart = i
                while i < n {
                    let b = buf[i]
                    if b == quote {
                        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<i]))
                        if i + 1 < n, buf[i + 1] == quote {
                            scratch.append(quote)
                            i += 2
                            runStart = i
                            continue
                        }
                        i += 1
                        closed = true
                        break
                    }
                    if b == lf { line += 1 }
                    i += 1
                }
                if !closed {
                    problems.append(ImportProblem(line: openLine, column: "field \(fields.count + 1)",
                        reason: "a quoted field is never closed; add the missing \" (or double a \" inside it)"))
                    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<n]))
                }
                value = String(decoding: scratch, as: UTF8.self)
                // After the closing quote only a separator or line end may follow.
                if i < n, buf[i] != comma, buf[i] != cr, buf[i] != lf {
                    problems.append(ImportProblem(line: line, column: "field \(fields.count + 1)",
                        reason: "text after the closing quote; quote the whole field and double any \" inside it"))
                    let start = i
                    while i < n, buf[i] != comma, buf[i] != cr, buf[i] != lf { i += 1 }
                    value += text(start, i)
                }
            } else {
                let start = i
                while i < n {
                    let b = buf[i]
                    if b == comma || b == lf || b == cr { break }
                    i += 1
                }
                value = text(start, i)
            }
            fields.append(value)
            if i >= n { break }
            let b = buf[i]
            if b == comma {
                i += 1
                if i == n { fields.append("") }
                continue
            }
            // Line end: CRLF, LF or a lone CR.
            if b == cr { i += 1; if i < n, buf[i] == lf { i += 1 } } else { i += 1 }
            line += 1
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(CSVRecord(line: recordLine, fields: fields))
            }
            fields.removeAll(keepingCapacity: true)
        }
        if !fields.isEmpty, !(fields.count == 1 && fields[0].isEmpty) {
            records.append(CSVRecord(line: recordLine, fields: fields))
        }
        return Result(records: records, problems: problems)
    }
}
