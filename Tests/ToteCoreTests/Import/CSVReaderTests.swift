import Testing
import ToteCore

@Suite struct CSVReaderTests {
    func read(_ text: String) -> CSVReader.Result { CSVReader.read(Array(text.utf8)) }

    @Test func plainRecordsWithLFAndNoFinalLineEnd() {
        let r = read("a,b,c\n1,2,3")
        #expect(r.records == [CSVRecord(line: 1, fields: ["a", "b", "c"]), CSVRecord(line: 2, fields: ["1", "2", "3"])])
        #expect(r.problems.isEmpty)
    }

    @Test func byteOrderMarkAndCRLFAreDropped() {
        let r = CSVReader.read([0xEF, 0xBB, 0xBF] + Array("Name,Email\r\n#1,a@b.c\r\n".utf8))
        #expect(r.records.map(\.fields) == [["Name", "Email"], ["#1", "a@b.c"]])
    }

    @Test func quotedFieldsKeepCommasQuotesAndLineBreaks() {
        let r = read("x,y\r\n\"a, b\",\"say \"\"hi\"\"\"\r\n\"line 1\r\nline 2\",z\r\nnext,row\r\n")
        #expect(r.records[1].fields == ["a, b", "say \"hi\""])
        #expect(r.records[2].fields == ["line 1\r\nline 2", "z"])
        #expect(r.records.map(\.line) == [1, 2, 3, 5])
    }

    @Test func emptyFieldsBlankLinesAndTrailingComma() {
        let r = read("a,,c,\n\n\"\",b\n")
        #expect(r.records.map(\.fields) == [["a", "", "c", ""], ["", "b"]])
        #expect(r.records.map(\.line) == [1, 3])
    }

    @Test func unterminatedQuoteIsReportedWithItsLine() {
        let r = read("a,b\n1,\"open\n2,3\n")
        #expect(r.problems.count == 1)
        #expect(r.problems[0].line == 2)
        #expect(r.problems[0].column == "field 2")
    }

    @Test func textAfterClosingQuoteIsReported() {
        let r = read("\"ab\"c,d\n")
        #expect(r.problems.map(\.line) == [1])
        #expect(r.records[0].fields == ["abc", "d"])
    }

    @Test func writerRoundTrips() {
        let fields = ["plain", "a, b", "say \"hi\"", "two\nlines", ""]
        let back = CSVReader.read(Array(CSVWriter.line(fields).utf8))
        #expect(back.records.map(\.fields) == [fields])
    }
}
