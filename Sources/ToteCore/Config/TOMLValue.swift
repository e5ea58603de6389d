/// One parsed TOML value together with the line it started on.
///
/// The line travels with the value so that typed decoders can still say *where* a value is
/// wrong long after parsing — the reason Tote does not use an off-the-shelf TOML library.
public struct TOMLValue: Equatable, Sendable {
    /// The value itself. Tables and arrays hold further `TOMLValue`s, each with its own line.
    public enum Kind: Equatable, Sendable {
        case string(String)
        case integer(Int)
        case float(Double)
        case bool(Bool)
        case array([TOMLValue])
        case table(TOMLTable)
    }

    public var kind: Kind
    /// 1-based line of the value (for tables: of their header or opening brace).
    public var line: Int

    public init(_ kind: Kind, line: Int) {
        self.kind = kind
        self.line = line
    }

    public var stringValue: String? { if case .string(let s) = kind { s } else { nil } }
    public var integerValue: Int? { if case .integer(let i) = kind { i } else { nil } }
    public var boolValue: Bool? { if case .bool(let b) = kind { b } else { nil } }
    public var arrayValue: [TOMLValue]? { if case .array(let a) = kind { a } else { nil } }
    public var tableValue: TOMLTable? { if case .table(let t) = kind { t } else { nil } }

    /// The number as a `Double`; integers are accepted because admins write `3` for `3.0`.
    public var doubleValue: Double? {
        switch kind {
        case .float(let d): d
        case .integer(let i): Double(i)
        default: nil
        }
    }

    /// Noun phrase for messages like "must be an integer (got …)".
    public var typeName: String {
        switch kind {
        case .string: "a string"
        case .integer: "an integer"
        case .float: "a number"
        case .bool: "true or false"
        case .array: "an array"
        case .table: "a table"
        }
    }

    /// Short rendering of the value for error messages; long values are cut so a hostile
    /// file cannot turn one message into megabytes.
    public var snippet: String {
        switch kind {
        case .string(let s):
            let cut = s.count > 40 ? String(s.prefix(40)) + "…" : s
            return "\"" + cut.unicodeScalars.map { $0.escapedForMessage }.joined() + "\""
        case .integer(let i): return String(i)
        case .float(let d): return String(d)
        case .bool(let b): return b ? "true" : "false"
        case .array(let a): return "an array of \(a.count)"
        case .table: return "a table"
        }
    }
}

extension Unicode.Scalar {
    /// Control characters are shown escaped so a message never moves the cursor.
    var escapedForMessage: String {
        switch value {
        case 0x22: return "\\\""
        case 0x5C: return "\\\\"
        case 0x0A: return "\\n"
        case 0x09: return "\\t"
        case 0..<0x20, 0x7F:
            let hex = String(value, radix: 16, uppercase: true)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: return String(self)
        }
    }
}
