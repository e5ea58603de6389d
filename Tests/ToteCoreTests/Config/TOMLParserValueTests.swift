import Testing
@testable import ToteCore

@Suite("TOML parser: values")
struct TOMLParserValueTests {
    private func parse(_ text: String) throws -> TOMLTable {
        try TOMLParser.parse(text, file: "test.toml")
    }

    @Test func scalarTypesKeepTheirLines() throws {
        let t = try parse("""
            s = "hi"
            i = -1_000
            hex = 0xFF_ff
            oct = 0o17
            bin = 0b1010
            plus = +7
            f = 6.02e23
            g = -0.5
            h = 1E-2
            k = 3_000.000_5
            yes = true
            no = false
            """)
        #expect(t["s"] == TOMLValue(.string("hi"), line: 1))
        #expect(t["i"] == TOMLValue(.integer(-1000), line: 2))
        #expect(t["hex"]?.kind == .integer(0xFFFF))
        #expect(t["oct"]?.kind == .integer(0o17))
        #expect(t["bin"]?.kind == .integer(10))
        #expect(t["plus"]?.kind == .integer(7))
        #expect(t["f"] == TOMLValue(.float(6.02e23), line: 7))
        #expect(t["g"]?.kind == .float(-0.5))
        #expect(t["h"]?.kind == .float(0.01))
        #expect(t["k"]?.kind == .float(3000.0005))
        #expect(t["yes"] == TOMLValue(.bool(true), line: 11))
        #expect(t["no"]?.kind == .bool(false))
        #expect(t.keys == ["s", "i", "hex", "oct", "bin", "plus", "f", "g", "h", "k", "yes", "no"])
    }

    @Test func integerLimits() throws {
        let t = try parse("max = 9223372036854775807\nmin = -9223372036854775808\nzero = -0")
        #expect(t["max"]?.integerValue == Int.max)
        #expect(t["min"]?.integerValue == Int.min)
        #expect(t["zero"]?.integerValue == 0)
        ConfigTestSupport.expectError("big = 9223372036854775808", line: 1, column: 7, reason: "out of range")
    }

    @Test func escapesInBasicStrings() throws {
        let t = try parse(#"""
            s = "quote \" backslash \\ nl \n tab \t e \u00E9 smile \U0001F600 b\bf\fr\r"
            """#)
        #expect(t["s"]?.stringValue == "quote \" backslash \\ nl \n tab \t e é smile 😀 b\u{8}f\u{C}r\r")
    }

    @Test func literalStringsKeepBackslashes() throws {
        let t = try parse(#"path = 'C:\spool\new'"#)
        #expect(t["path"]?.stringValue == #"C:\spool\new"#)
    }

    @Test func multilineBasicString() throws {
        let t = try parse(#"""
            a = """
            first
              second \
                joined "quoted" ""two"""""
            b = 1
            """#)
        #expect(t["a"]?.stringValue == "first\n  second joined \"quoted\" \"\"two\"\"")
        #expect(t["a"]?.line == 1)
        #expect(t["b"]?.line == 5)
    }

    @Test func multilineLiteralString() throws {
        let t = try parse("""
            a = '''
            raw \\n stays
            ''it'''''
            """)
        #expect(t["a"]?.stringValue == "raw \\n stays\n''it''")
    }

    @Test func commentsAreIgnoredButHashInStringsIsKept() throws {
        let t = try parse("""
            # leading comment
            a = "x # not a comment" # trailing comment
              # indented comment

            b = 'y#' #
            """)
        #expect(t["a"]?.stringValue == "x # not a comment")
        #expect(t["b"]?.stringValue == "y#")
        #expect(t.count == 2)
    }

    @Test func bareQuotedAndDottedKeys() throws {
        let t = try parse("""
            bare-key_1 = 1
            "quoted key" = 2
            'literal.key' = 3
            site . "hall A" . bays = 4
            site.name = "n"
            """)
        #expect(t["bare-key_1"]?.integerValue == 1)
        #expect(t["quoted key"]?.integerValue == 2)
        #expect(t["literal.key"]?.integerValue == 3)
        let site = try #require(t["site"]?.tableValue)
        #expect(site["hall A"]?.tableValue?["bays"]?.integerValue == 4)
        #expect(site["name"]?.stringValue == "n")
        #expect(t["site"]?.line == 4)
    }

    @Test func tablesAndImplicitParents() throws {
        let t = try parse("""
            top = 1
            [a.b]
            x = 1
            [a]
            y = 2
            [a.b.c]
            z = 3
            """)
        #expect(t["top"]?.integerValue == 1)
        let a = try #require(t["a"]?.tableValue)
        #expect(t["a"]?.line == 4)
        #expect(a["y"]?.integerValue == 2)
        #expect(a["b"]?.line == 2)
        #expect(a["b"]?.tableValue?["c"]?.tableValue?["z"] == TOMLValue(.integer(3), line: 7))
    }

    @Test func headerMayExtendTableMadeByDottedKeys() throws {
        let t = try parse("[fruit]\napple.color = 'red'\n[fruit.apple.texture]\nsmooth = true")
        let apple = try #require(t["fruit"]?.tableValue?["apple"]?.tableValue)
        #expect(apple["color"]?.stringValue == "red")
        #expect(apple["texture"]?.tableValue?["smooth"]?.boolValue == true)
    }

    @Test func arraysSpanLinesWithCommentsAndTrailingComma() throws {
        let t = try parse("""
            bins = [
              "A01-A-01-1", # first
              "A01-A-01-2",
            ]
            empty = []
            nested = [[1, 2], ["x"], []]
            mixed = [1, 'a', 2.5, true]
            """)
        let bins = try #require(t["bins"]?.arrayValue)
        #expect(bins.map(\.stringValue) == ["A01-A-01-1", "A01-A-01-2"])
        #expect(bins.map(\.line) == [2, 3])
        #expect(t["empty"]?.arrayValue == [])
        #expect(t["nested"]?.arrayValue?.count == 3)
        #expect(t["nested"]?.arrayValue?[0].arrayValue?.map(\.integerValue) == [1, 2])
        #expect(t["mixed"]?.arrayValue?.map(\.typeName) == ["an integer", "a string", "a number", "true or false"])
    }

    @Test func arraysOfTables() throws {
        let t = try parse("""
            [[station]]
            id = "PACK-01"
            [station.printer]
            name = "zebra"
            [[station]]
            id = "PACK-02"
            [[station.bins]]
            code = "A01"
            """)
        let stations = try #require(t["station"]?.arrayValue)
        #expect(stations.count == 2)
        #expect(stations.map(\.line) == [1, 5])
        #expect(stations[0].tableValue?["printer"]?.tableValue?["name"]?.stringValue == "zebra")
        #expect(stations[1].tableValue?["id"]?.stringValue == "PACK-02")
        #expect(stations[1].tableValue?["bins"]?.arrayValue?.first?.tableValue?["code"]?.stringValue == "A01")
        #expect(stations[0].tableValue?["bins"] == nil)
    }

    @Test func inlineTables() throws {
        let t = try parse("""
            point = { x = 1, y = -2.5, label.text = "p", tags = ["a", "b"] }
            empty = {}
            nested = { inner = { deep = true } }
            """)
        let point = try #require(t["point"]?.tableValue)
        #expect(point.keys == ["x", "y", "label", "tags"])
        #expect(point["y"]?.kind == .float(-2.5))
        #expect(point["label"]?.tableValue?["text"]?.stringValue == "p")
        #expect(t["empty"]?.tableValue == TOMLTable())
        #expect(t["nested"]?.tableValue?["inner"]?.tableValue?["deep"]?.boolValue == true)
    }

    @Test func crlfLineEndingsAndByteOrderMark() throws {
        let t = try parse("\u{FEFF}a = 1\r\n[s]\r\nb = \"x\"\r\n")
        #expect(t["a"]?.integerValue == 1)
        #expect(t["s"]?.tableValue?["b"] == TOMLValue(.string("x"), line: 3))
    }

    @Test func nestingUpToTheLimitIsAccepted() throws {
        let depth = TOMLParser.maximumNesting
        let text = "a = " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        var value = try #require(try parse(text)["a"])
        for _ in 1..<depth { value = try #require(value.arrayValue?.first) }
        #expect(value.arrayValue == [])
    }

    @Test func emptyDocumentIsAnEmptyTable() throws {
        #expect(try parse("") == TOMLTable())
        #expect(try parse("\n  # only a comment\n\n") == TOMLTable())
    }
}
