/// Strict parser for the TOML subset Tote's config files use, keeping every value's line.
///
/// Supported: comments, bare/quoted/dotted keys, `[table]` and `[[array of tables]]`
/// headers, the four string forms, integers (decimal, `0x`, `0o`, `0b`, `_` separators),
/// floats, booleans, arrays and inline tables. Dates, `inf` and `nan` are rejected with a
/// message. Any input — including hostile or binary — ends in a table or a `ConfigError`
/// with line and column; nesting is capped so recursion depth stays bounded.
public struct TOMLParser {
    /// Deepest allowed nesting of tables and arrays; deeper input is an error, not a crash.
    public static let maximumNesting = 64

    /// One component of a (possibly dotted) key with the place it was written.
    private struct KeyPart {
        let name: String
        let mark: TOMLScanner.Mark
    }

    private var scanner: TOMLScanner
    private let root = TOMLTableBuilder(origin: .header, line: 1)
    private var current: TOMLTableBuilder
    private var currentDepth = 0

    private init(text: String, file: String) {
        scanner = TOMLScanner(text: text, file: file)
        current = root
    }

    /// Parses a whole document.
    /// - Parameters:
    ///   - text: the file contents.
    ///   - file: the name used in error messages, e.g. `config/station.toml`.
    public static func parse(_ text: String, file: String) throws(ConfigError) -> TOMLTable {
        var parser = TOMLParser(text: text, file: file)
        try parser.parseDocument()
        return parser.root.build()
    }

    private mutating func parseDocument() throws(ConfigError) {
        // Some Windows editors save a byte-order mark; it is not content.
        if scanner.peek() == 0xEF, scanner.peek(1) == 0xBB, scanner.peek(2) == 0xBF { scanner.advance(3) }
        while true {
            try scanner.skipBlankSpace()
            guard let b = scanner.peek() else { return }
            if b == 0x5B {
                try parseHeader()
            } else {
                try parseKeyValue(into: current, depth: currentDepth)
                try scanner.expectEndOfLine(after: "the value")
            }
        }
    }

    // MARK: Keys and key/value pairs

    private mutating func parseKey() throws(ConfigError) -> [KeyPart] {
        var parts: [KeyPart] = []
        while true {
            let mark = scanner.mark
            let name: String
            if let q = scanner.peek(), q == 0x22 || q == 0x27 {
                if scanner.atMultilineString { throw scanner.error("a key cannot be a multi-line string") }
                name = try scanner.readSingleLineString(delimiter: q)
            } else if let b = scanner.peek(), TOMLScanner.isBareKeyByte(b) {
                let begin = scanner.offset
                while let b = scanner.peek(), TOMLScanner.isBareKeyByte(b) { scanner.advance() }
                name = String(decoding: scanner.bytes[begin..<scanner.offset], as: UTF8.self)
            } else {
                throw scanner.error("expected a key (letters, digits, _ and -, or a quoted name) but "
                                    + "found \(scanner.describeCurrent())")
            }
            parts.append(KeyPart(name: name, mark: mark))
            if parts.count > Self.maximumNesting {
                throw scanner.error("key has more than \(Self.maximumNesting) dotted parts", at: mark)
            }
            scanner.skipSpaces()
            guard scanner.peek() == 0x2E else { return parts }
            scanner.advance()
            scanner.skipSpaces()
        }
    }

    private mutating func parseKeyValue(into table: TOMLTableBuilder, depth: Int) throws(ConfigError) {
        let key = try parseKey()
        guard scanner.peek() == 0x3D else {
            throw scanner.error("expected '=' after key \(Self.display(key)) but found "
                                + "\(scanner.describeCurrent()); write it as \(Self.display(key)) = value")
        }
        let valueDepth = depth + key.count - 1
        if valueDepth > Self.maximumNesting {
            throw scanner.error("tables nested deeper than \(Self.maximumNesting) levels", at: key[0].mark)
        }
        scanner.advance()
        scanner.skipSpaces()
        let value = try parseValue(depth: valueDepth)
        try insert(value, at: key, into: table)
    }

    /// Sets a value under a possibly dotted key, creating the intermediate tables.
    private func insert(_ value: TOMLValue, at key: [KeyPart], into table: TOMLTableBuilder) throws(ConfigError) {
        var target = table
        for (i, part) in key.dropLast().enumerated() {
            let path = Self.display(key[...i])
            switch target[part.name] {
            case nil:
                let sub = TOMLTableBuilder(origin: .dotted, line: part.mark.line)
                target[part.name] = .table(sub)
                target = sub
            case .table(let sub) where sub.origin == .dotted:
                target = sub
            case .table(let sub):
                throw scanner.error("cannot add to table \(path) with a dotted key: it is defined by a "
                                    + "[header] (line \(sub.line)); put the key under that header", at: part.mark)
            case .tableArray(let array):
                throw scanner.error("\(path) is an array of tables (line \(array.line)); add keys under "
                                    + "its [[header]] instead", at: part.mark)
            case .value(let existing):
                throw scanner.error("\(path) is already set to \(existing.typeName) on line "
                                    + "\(existing.line), so it cannot hold sub-keys", at: part.mark)
            }
        }
        let last = key[key.count - 1]
        if let existing = target[last.name] {
            throw scanner.error("duplicate key \(Self.display(key)); it was already set on line "
                                + "\(existing.line) — remove one of them", at: last.mark)
        }
        target[last.name] = .value(value)
    }

    // MARK: Headers

    private mutating func parseHeader() throws(ConfigError) {
        scanner.advance()
        let isArray = scanner.peek() == 0x5B
        if isArray { scanner.advance() }
        scanner.skipSpaces()
        let key = try parseKey()
        let close = isArray ? "]]" : "]"
        guard scanner.peek() == 0x5D, !isArray || scanner.peek(1) == 0x5D else {
            throw scanner.error("expected '\(close)' to close the header but found \(scanner.describeCurrent())")
        }
        scanner.advance(isArray ? 2 : 1)
        try scanner.expectEndOfLine(after: "the header")

        var parent = root
        for (i, part) in key.dropLast().enumerated() {
            parent = try descend(into: parent, part: part, path: Self.display(key[...i]),
                                 header: Self.display(key))
        }
        let last = key[key.count - 1]
        let name = Self.display(key)
        if isArray {
            current = try appendTableArrayEntry(to: parent, part: last, name: name)
        } else {
            current = try defineTable(in: parent, part: last, name: name)
        }
        currentDepth = key.count
    }

    /// Steps through an intermediate key of a header; arrays of tables resolve to their
    /// latest entry, as TOML specifies.
    private func descend(into parent: TOMLTableBuilder, part: KeyPart, path: String,
                         header: String) throws(ConfigError) -> TOMLTableBuilder {
        switch parent[part.name] {
        case nil:
            let sub = TOMLTableBuilder(origin: .implicit, line: part.mark.line)
            parent[part.name] = .table(sub)
            return sub
        case .table(let sub):
            return sub
        case .tableArray(let array):
            return array.tables[array.tables.count - 1]
        case .value(let existing):
            throw scanner.error("cannot open [\(header)]: \(path) is already set to \(existing.typeName) "
                                + "on line \(existing.line)", at: part.mark)
        }
    }

    private func defineTable(in parent: TOMLTableBuilder, part: KeyPart,
                             name: String) throws(ConfigError) -> TOMLTableBuilder {
        switch parent[part.name] {
        case nil:
            let table = TOMLTableBuilder(origin: .header, line: part.mark.line)
            parent[part.name] = .table(table)
            return table
        case .table(let table) where table.origin == .implicit:
            table.origin = .header
            table.line = part.mark.line
            return table
        case .table(let table) where table.origin == .dotted:
            throw scanner.error("table [\(name)] was already created by dotted keys on line "
                                + "\(table.line); add these keys there instead", at: part.mark)
        case .table(let table):
            throw scanner.error("table [\(name)] is defined twice (first on line \(table.line)); "
                                + "merge the two sections", at: part.mark)
        case .tableArray(let array):
            throw scanner.error("[\(name)] is an array of tables (line \(array.line)); write "
                                + "[[\(name)]] to add an entry", at: part.mark)
        case .value(let existing):
            throw scanner.error("table [\(name)] redefines key \(name) set on line \(existing.line)",
                                at: part.mark)
        }
    }

    private func appendTableArrayEntry(to parent: TOMLTableBuilder, part: KeyPart,
                                       name: String) throws(ConfigError) -> TOMLTableBuilder {
        let entry = TOMLTableBuilder(origin: .header, line: part.mark.line)
        switch parent[part.name] {
        case nil:
            parent[part.name] = .tableArray(TOMLTableBuilder.TableArray(first: entry))
        case .tableArray(let array):
            array.tables.append(entry)
        case .table(let table):
            throw scanner.error("[[\(name)]] cannot add to \(name), which is a table (line \(table.line))",
                                at: part.mark)
        case .value(let existing):
            throw scanner.error("[[\(name)]] cannot add to \(name), which is set to \(existing.typeName) "
                                + "on line \(existing.line)", at: part.mark)
        }
        return entry
    }

    // MARK: Values

    private mutating func parseValue(depth: Int) throws(ConfigError) -> TOMLValue {
        let line = scanner.line
        switch scanner.peek() {
        case 0x22, 0x27: return TOMLValue(.string(try scanner.readString()), line: line)
        case 0x5B: return TOMLValue(try parseArray(depth: depth), line: line)
        case 0x7B: return TOMLValue(try parseInlineTable(depth: depth), line: line)
        default: return TOMLValue(try scanner.readBareValue(), line: line)
        }
    }

    private mutating func parseArray(depth: Int) throws(ConfigError) -> TOMLValue.Kind {
        let open = scanner.mark
        try checkNesting(depth)
        scanner.advance()
        var items: [TOMLValue] = []
        while true {
            try scanner.skipBlankSpace()
            if scanner.peek() == 0x5D { scanner.advance(); return .array(items) }
            if scanner.isAtEnd { throw scanner.error("unterminated array; close it with ]", at: open) }
            items.append(try parseValue(depth: depth + 1))
            try scanner.skipBlankSpace()
            switch scanner.peek() {
            case 0x2C: scanner.advance()
            case 0x5D: scanner.advance(); return .array(items)
            case nil: throw scanner.error("unterminated array; close it with ]", at: open)
            default:
                throw scanner.error("expected ',' or ']' after an array element but found "
                                    + scanner.describeCurrent())
            }
        }
    }

    private mutating func parseInlineTable(depth: Int) throws(ConfigError) -> TOMLValue.Kind {
        let open = scanner.mark
        try checkNesting(depth)
        scanner.advance()
        let table = TOMLTableBuilder(origin: .header, line: open.line)
        scanner.skipSpaces()
        if scanner.peek() == 0x7D { scanner.advance(); return .table(table.build()) }
        let unterminated = "unterminated inline table; close it with } on the same line "
            + "(inline tables cannot span lines — use a [table] section instead)"
        while true {
            if scanner.isAtEnd || scanner.atNewline { throw scanner.error(unterminated, at: open) }
            try parseKeyValue(into: table, depth: depth + 1)
            scanner.skipSpaces()
            switch scanner.peek() {
            case 0x2C:
                scanner.advance()
                scanner.skipSpaces()
                if scanner.peek() == 0x7D { throw scanner.error("trailing comma is not allowed in an inline table") }
            case 0x7D:
                scanner.advance()
                return .table(table.build())
            case nil, 0x0A, 0x0D:
                throw scanner.error(unterminated, at: open)
            default:
                throw scanner.error("expected ',' or '}' in inline table but found \(scanner.describeCurrent())")
            }
        }
    }

    private func checkNesting(_ depth: Int) throws(ConfigError) {
        if depth >= Self.maximumNesting {
            throw scanner.error("arrays and tables nested deeper than \(Self.maximumNesting) levels")
        }
    }

    // MARK: Messages

    /// A key as an admin would write it: bare parts as-is, others quoted.
    private static func display(_ key: some Collection<KeyPart>) -> String {
        key.map { part in
            let cut = part.name.count > 40 ? String(part.name.prefix(40)) + "…" : part.name
            let bare = !part.name.isEmpty && part.name.utf8.allSatisfy(TOMLScanner.isBareKeyByte)
            if bare { return cut }
            return "\"" + cut.unicodeScalars.map(\.escapedForMessage).joined() + "\""
        }.joined(separator: ".")
    }
}
