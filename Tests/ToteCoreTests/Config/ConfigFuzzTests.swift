import Testing
@testable import ToteCore

/// Hostile and mutated input must end in a value or a well-formed `ConfigError` — never a
/// crash, a hang, or an error pointing outside the file.
@Suite("Config parsing: hostile input")
struct ConfigFuzzTests {
    /// Fragments that steer mutations towards the parser's edge cases.
    private static let tokens: [String] = [
        "[", "]", "[[", "]]", "{", "}", "=", ",", ".", "#", "\"", "'", "\"\"\"", "'''", "\\", "\\u",
        "\\U0010FFFF", "\\uD800", "\n", "\r", "\r\n", "\t", " ", "0x", "0o", "0b", "1e", "e+", "_", "-", "+",
        "inf", "nan", "true", "false", "1979-05-27", "07:32", "9223372036854775808", "é", "😀", "\u{0}",
        "\u{7F}", "\u{FEFF}", "a.b.c", "[a]", "[[a]]", "x = 1", "{ a = 1 }", "[1, [2, [3]]]",
    ]

    private struct Outcome {
        var successes = 0
        var failures = 0
        var misplaced = 0
    }

    private static func mutate(_ scalars: inout [Unicode.Scalar], using rng: inout SeededRandom) {
        func position() -> Int { Int.random(in: 0...scalars.count, using: &rng) }
        switch Int.random(in: 0..<8, using: &rng) {
        case 0 where !scalars.isEmpty: // delete a short range
            let start = Int.random(in: 0..<scalars.count, using: &rng)
            scalars.removeSubrange(start..<min(scalars.count, start + Int.random(in: 1...8, using: &rng)))
        case 1: // insert a token
            scalars.insert(contentsOf: tokens.randomElement(using: &rng)!.unicodeScalars, at: position())
        case 2 where !scalars.isEmpty: // overwrite with a token
            let at = Int.random(in: 0..<scalars.count, using: &rng)
            scalars.replaceSubrange(at...at, with: tokens.randomElement(using: &rng)!.unicodeScalars)
        case 3 where !scalars.isEmpty: // duplicate a slice elsewhere
            let start = Int.random(in: 0..<scalars.count, using: &rng)
            let slice = scalars[start..<min(scalars.count, start + Int.random(in: 1...40, using: &rng))]
            scalars.insert(contentsOf: Array(slice), at: position())
        case 4: // any Unicode scalar at all, controls included
            var value = UInt32.random(in: 0...0x10FFFF, using: &rng)
            if Bool.random(using: &rng) { value &= 0x7F }
            scalars.insert(Unicode.Scalar(value) ?? "\u{FFFD}", at: position())
        case 5: // swap two lines
            var lines = scalars.split(separator: "\n", omittingEmptySubsequences: false)
            guard lines.count > 1 else { return }
            lines.swapAt(Int.random(in: 0..<lines.count, using: &rng), Int.random(in: 0..<lines.count, using: &rng))
            scalars = Array(lines.joined(separator: ["\n"]))
        case 6 where !scalars.isEmpty: // truncate
            scalars.removeSubrange(Int.random(in: 0..<scalars.count, using: &rng)...)
        default: // flip one ASCII character
            guard !scalars.isEmpty else { return }
            let at = Int.random(in: 0..<scalars.count, using: &rng)
            scalars[at] = Unicode.Scalar(UInt8.random(in: 0...0x7F, using: &rng))
        }
    }

    /// Checks one outcome: success, or an error located inside the text.
    private static func check(_ text: String, file: String, _ parse: (String, String) throws(ConfigError) -> Void,
                              outcome: inout Outcome, seed: UInt64, iteration: Int) {
        do {
            try parse(text, file)
            outcome.successes += 1
        } catch {
            outcome.failures += 1
            // Lines are counted on "\n" only; a lone CR is itself an error.
            let lineCount = text.utf8.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            let located = error.file == file && (1...lineCount).contains(error.line)
                && (error.column.map { $0 >= 1 } ?? true) && !error.reason.isEmpty
            if !located {
                outcome.misplaced += 1
                // Show a few in full; the count below says how many there were.
                guard outcome.misplaced <= 3 else { return }
                Issue.record("seed \(seed) iteration \(iteration): badly located error \(error) for \(text.debugDescription)")
            }
        }
    }

    @Test(arguments: [("station.toml", UInt64(0x70_7E_01)), ("warehouse.toml", UInt64(0x70_7E_02))])
    func mutatedShippedConfigsNeverCrash(name: String, seed: UInt64) throws {
        let source = try ConfigTestSupport.shippedConfig(name)
        let base = Array(source.unicodeScalars)
        let file = "config/\(name)"
        var rng = SeededRandom(seed: seed)
        var outcome = Outcome()
        let typed: (String, String) throws(ConfigError) -> Void = name == "station.toml"
            ? { (text, file) throws(ConfigError) in _ = try StationConfig.parse(text, file: file) }
            : { (text, file) throws(ConfigError) in _ = try WarehouseLayout.parse(text, file: file) }
        // 25,000 per file, 50,000 in all.
        for iteration in 0..<25_000 {
            var scalars = base
            for _ in 0..<Int.random(in: 1...4, using: &rng) { Self.mutate(&scalars, using: &rng) }
            var text = String(String.UnicodeScalarView(scalars))
            if iteration % 10 == 0 {
                // Raw bytes, including invalid UTF-8, as a file read with decoding repair gives.
                var bytes = Array(text.utf8)
                if !bytes.isEmpty { bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0x80...0xFF, using: &rng) }
                text = String(decoding: bytes, as: UTF8.self)
            }
            Self.check(text, file: file, typed, outcome: &outcome, seed: seed, iteration: iteration)
        }
        #expect(outcome.misplaced == 0)
        // Guard against a vacuous loop: mutations must both break and preserve validity.
        #expect(outcome.failures > 1_000)
        #expect(outcome.successes > 100)
    }

    /// Named so test output shows the case, not megabytes of input.
    private static let hostileDocuments: [String: String] = [
        "100k open brackets": String(repeating: "[", count: 100_000),
        "100k nested arrays": "a = " + String(repeating: "[", count: 100_000),
        "50k nested inline tables": "a = " + String(repeating: "{b=", count: 50_000),
        "100k-part dotted key": String(repeating: "a.", count: 100_000) + "a = 1",
        "1 MB bare word": String(repeating: "k", count: 1_000_000),
        "1 MB unterminated string": "a = \"" + String(repeating: "x", count: 1_000_000),
        "200k-element array, extra ]": "a = [" + String(repeating: "1,", count: 200_000) + "]]",
        "20k table-array entries then [t]": String(repeating: "[[t]]\n", count: 20_000) + "[t]",
        "100k quotes": String(repeating: "\"", count: 100_001),
        "10k backslashes": String(repeating: "\\", count: 10_000),
        "binary noise": String(decoding: (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }, as: UTF8.self),
    ]

    @Test(arguments: hostileDocuments.keys.sorted())
    func hostileDocumentsFailCleanly(name: String) {
        let error = ConfigTestSupport.parseError(Self.hostileDocuments[name]!)
        #expect(error != nil)
        #expect((error?.reason.count ?? 0) < 400, "messages stay short: \(error?.reason.prefix(100) ?? "")")
    }

    @Test func largeValidDocumentsParse() throws {
        let many = (0..<20_000).map { "k\($0) = \($0)" }.joined(separator: "\n")
        #expect(try TOMLParser.parse(many, file: "big.toml").count == 20_000)
        let tables = String(repeating: "[[t]]\nx = 1\n", count: 10_000)
        #expect(try TOMLParser.parse(tables, file: "big.toml")["t"]?.arrayValue?.count == 10_000)
    }
}
