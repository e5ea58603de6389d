import Testing
@testable import ToteCore

@Suite("Scan patterns")
struct ScanPatternTests {
    @Test func matchesWholeInputOnly() throws {
        let p = try ScanPattern("^T[0-9]{4,6}$")
        #expect(p.matches("T1234"))
        #expect(p.matches("t123456"))
        #expect(!p.matches("T123"))
        #expect(!p.matches("T1234567"))
        #expect(!p.matches("XT1234"))
        #expect(!p.matches("T12a4"))
        #expect(!p.matches(""))
    }

    @Test func syntaxSubset() throws {
        #expect(try ScanPattern("\\d{3}-\\w+").matches("123-ab_C"))
        #expect(try ScanPattern("[A-C]?X*").matches("X"))
        #expect(try ScanPattern("[A-C]?X*").matches("BXXX"))
        #expect(try ScanPattern("A.B").matches("A#B"))
        #expect(try !ScanPattern("A.B").matches("A B"))
        #expect(try ScanPattern("\\#[0-9]{4}").matches("#1234"))
        #expect(try ScanPattern("ab", caseInsensitive: false).matches("ab"))
        #expect(try !ScanPattern("ab", caseInsensitive: false).matches("AB"))
        #expect(try !ScanPattern("A+").matches(String(repeating: "A", count: 64)))
    }

    @Test func badSyntaxIsReported() {
        for bad in ["", "(A|B)", "[A-", "A{2", "A{3,2}", "A{1,99}", "Z-A]", "\\", "é"] {
            #expect(throws: ScanPattern.SyntaxError.self, "\(bad)") { try ScanPattern(bad) }
        }
    }
}
