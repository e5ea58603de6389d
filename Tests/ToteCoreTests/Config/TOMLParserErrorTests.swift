import Testing
@testable import ToteCore

/// Each malformed input must fail at the exact line and column an admin has to fix.
@Suite("TOML parser: errors")
struct TOMLParserErrorTests {
    private func expectError(_ text: String, _ line: Int, _ column: Int?, _ reason: String,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        ConfigTestSupport.expectError(text, line: line, column: column, reason: reason,
                                      sourceLocation: sourceLocation)
    }

    @Test func unterminatedStringPointsAtOpeningQuote() {
        expectError("a = 1\nname = \"Demo DC\nb = 2\n", 2, 8, "unterminated string")
        expectError("a = 'x", 1, 5, "unterminated string")
        expectError("a = \"\"\"\nnever closed\n", 1, 5, "unterminated multi-line string")
        expectError("a = '''\nnever closed", 1, 5, "close it with '''")
    }

    @Test func duplicateKey() {
        expectError("a = 1\nb = 2\n  a = 3\n", 3, 3, "duplicate key a; it was already set on line 1")
        expectError("[s]\nx.y = 1\nx.y = 2", 3, 3, "duplicate key x.y")
        expectError("t = { a = 1, a = 2 }", 1, 14, "duplicate key a")
        expectError("\"k\" = 1\nk = 2", 2, 1, "duplicate key k")
    }

    @Test func redefinedTable() {
        expectError("[x]\na = 1\n[y]\n[x]\n", 4, 2, "table [x] is defined twice (first on line 1)")
        expectError("[a.b]\n[a . b]", 2, 6, "defined twice")
        expectError("[s]\nt.u = 1\n[s.t]", 3, 4, "already created by dotted keys on line 2")
        expectError("[[arr]]\n[arr]", 2, 2, "write [[arr]] to add an entry")
        expectError("[arr]\n[[arr]]", 2, 3, "which is a table")
        expectError("arr = []\n[[arr]]", 2, 3, "which is set to an array")
        expectError("a = 1\n[a]", 2, 2, "redefines key a set on line 1")
        expectError("a = 1\n[a.b]", 2, 2, "a is already set to an integer on line 1")
        expectError("t = {}\n[t.x]", 2, 2, "t is already set to a table")
    }

    @Test func dottedKeysCannotReopenHeaderTables() {
        expectError("[a.b]\nx = 1\n[a]\nb.y = 2", 4, 1, "it is defined by a [header]")
        expectError("a = 1\na.b = 2", 2, 1, "a is already set to an integer on line 1")
        expectError("[[p]]\n[x]\n[p.q]\n[x]", 4, 2, "defined twice")
    }

    @Test func badEscape() {
        expectError(#"s = "a\qb""#, 1, 7, "invalid escape \\q")
        expectError(#"s = "\u12""#, 1, 6, "exactly 4 hex digits")
        expectError(#"s = "\UFFFFFFFF""#, 1, 6, "not name a valid Unicode character")
        expectError(#"s = "\uD800""#, 1, 6, "not name a valid Unicode character")
        expectError("s = \"\"\"\nok \\x\n\"\"\"", 2, 4, "invalid escape")
    }

    @Test func missingEquals() {
        expectError("name \"x\"", 1, 6, "expected '=' after key name but found '\"'")
        expectError("[s]\n  key\n", 2, 6, "expected '=' after key key but found end of line")
        expectError("a.b 1", 1, 5, "expected '=' after key a.b")
    }

    @Test func invalidNumbers() {
        for (value, column) in [("12_", 5), ("1__0", 5), ("01", 5), ("1.", 5), (".5", 5),
                                ("1e", 5), ("0xG1", 5), ("+0x10", 5), ("1.2.3", 5), ("0b2", 5), ("1_.5", 5),
                                ("3abc", 5)] {
            expectError("n = \(value)", 1, column, "invalid number \(value)")
        }
        expectError("[s]\nx = 1e400", 2, 5, "too large")
        expectError("x = -inf", 1, 5, "-inf is not supported")
        expectError("x = 1979-05-27", 1, 5, "dates and times are not supported")
        expectError("x = 07:32:00", 1, 5, "dates and times are not supported")
    }

    @Test func unquotedTextAndMissingValue() {
        expectError("terminator = enter", 1, 14, "text must be in quotes, e.g. \"enter\"")
        expectError("x = TRUE", 1, 5, "invalid value TRUE")
        expectError("x =", 1, 4, "expected a value")
        expectError("x = # nothing", 1, 5, "expected a value")
    }

    @Test func trailingGarbage() {
        expectError("a = 1 2", 1, 7, "unexpected '2' after the value")
        expectError("a = \"x\" y = 2", 1, 9, "unexpected 'y'")
        expectError("[s] x = 1", 1, 5, "after the header")
        expectError("a = [1, 2] ]", 1, 12, "unexpected ']'")
    }

    @Test func arraysAndInlineTables() {
        expectError("a = [1, 2", 1, 5, "unterminated array")
        expectError("a = [1 2]", 1, 8, "expected ',' or ']'")
        expectError("a = [1,,2]", 1, 8, "expected a value")
        expectError("t = { a = 1,\n b = 2 }", 1, 5, "inline tables cannot span lines")
        expectError("t = { a = 1, }", 1, 14, "trailing comma")
        expectError("t = { a = 1 b = 2 }", 1, 13, "expected ',' or '}'")
    }

    @Test func headers() {
        expectError("[s", 1, 3, "expected ']' to close the header")
        expectError("[[s]", 1, 4, "expected ']]'")
        expectError("[]", 1, 2, "expected a key")
        expectError("[\"\"\"x\"\"\"]", 1, 2, "cannot be a multi-line string")
    }

    @Test func controlCharactersAndLineEndings() {
        expectError("a = \"x\u{1}y\"", 1, 7, "control character U+0001")
        expectError("# bell \u{7}\n", 1, 8, "not allowed in a comment")
        expectError("a = 1\rb = 2", 1, 6, "carriage return")
        expectError("\u{0}", 1, 1, "expected a key")
    }

    @Test func nestingBeyondTheLimitIsAnError() {
        let depth = TOMLParser.maximumNesting + 1
        expectError("a = " + String(repeating: "[", count: depth), 1, 4 + depth,
                    "nested deeper than \(TOMLParser.maximumNesting) levels")
        expectError("a = " + String(repeating: "{b = ", count: depth), 1, 5 + 5 * (depth - 1),
                    "nested deeper")
        let longKey = Array(repeating: "k", count: depth).joined(separator: ".")
        expectError(longKey + " = 1", 1, 2 * depth - 1, "more than \(TOMLParser.maximumNesting) dotted parts")
        expectError("[" + longKey + "]", 1, 2 * depth, "more than")
    }

    @Test func descriptionCarriesFileLineAndColumn() throws {
        let error = try #require(ConfigTestSupport.parseError("a = 1\nb = ?", file: "config/station.toml"))
        #expect(error.description.hasPrefix("config/station.toml:2:5: expected a value"))
        let typed = ConfigError(file: "config/warehouse.toml", line: 7,
                                reason: "bays_per_side must be an integer (got \"six\")")
        #expect(typed.description == "config/warehouse.toml:7: bays_per_side must be an integer (got \"six\")")
    }
}
