import Foundation
import ToteCore

/// Seeded byte mutations for the hostile-input tests: each input is a valid file with a few
/// cuts, splices, flipped bytes, invalid UTF-8 and injected tokens, or pure noise. The same
/// seed always gives the same inputs, so a failure can be replayed.
struct HostileBytes {
    /// Inputs per parser: `TOTE_FUZZ_INPUTS`, else 2,000 (a few seconds in a debug build).
    static var count: Int {
        ProcessInfo.processInfo.environment["TOTE_FUZZ_INPUTS"].flatMap { Int($0) }.map { max(1, $0) } ?? 2_000
    }

    /// Fragments that tend to reach parser edge cases in TOML, CSV and JSON alike.
    static let tokens: [String] = [
        "[", "]", "[[", "]]", "{", "}", "=", ",", ":", ".", "#", "\"", "'", "\"\"\"", "\\", "\\u", "\\uD800", "\n",
        "\r", "\r\n", "\t", " ", "\u{0}", "\u{1B}[2J", "\u{7F}", "\u{FEFF}", "\u{202E}", "é", "😀", "-1", "0",
        "1e309", "9223372036854775808", "-9223372036854775809", "NaN", "null", "true", "\"\",\"\"", ",,,,",
        "\"a\"\"b\"", "1979-05-27T07:32:00Z", "99:99", "2026-02-30", "x = 1", "[t]", "{\"a\":[1,{\"b\":null}]}",
    ]

    private var random: SeededRandom

    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    mutating func next() -> UInt64 { random.next() }

    mutating func below(_ n: Int) -> Int { random.below(n) }

    /// The `i`-th input made from `base`: every 50th is noise, the rest 1–6 mutations of it.
    mutating func input(from base: [UInt8], index i: Int) -> [UInt8] {
        if i % 50 == 49 { return (0..<below(2_000)).map { _ in UInt8(truncatingIfNeeded: next()) } }
        var bytes = base
        for _ in 0...below(6) { mutate(&bytes) }
        return bytes
    }

    private mutating func mutate(_ bytes: inout [UInt8]) {
        let at = below(bytes.count + 1)
        switch below(8) {
        case 0 where !bytes.isEmpty:
            bytes.removeSubrange(min(at, bytes.count - 1)..<min(bytes.count, at + 1 + below(16)))
        case 1:
            bytes.insert(contentsOf: Array(Self.tokens[below(Self.tokens.count)].utf8), at: at)
        case 2 where !bytes.isEmpty:
            bytes[min(at, bytes.count - 1)] = UInt8(truncatingIfNeeded: next())
        case 3 where !bytes.isEmpty:
            let start = below(bytes.count)
            let slice = bytes[start..<min(bytes.count, start + 1 + below(200))]
            bytes.insert(contentsOf: Array(slice), at: at)
        case 4 where !bytes.isEmpty:
            bytes.removeSubrange(at...)
        case 5:
            // Invalid UTF-8: a lone continuation byte, an overlong form, a surrogate.
            let bad: [[UInt8]] = [[0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF8, 0x88], [0xFF]]
            bytes.insert(contentsOf: bad[below(bad.count)], at: at)
        case 6:
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            guard lines.count > 2 else { return }
            var shuffled = Array(lines)
            shuffled.swapAt(below(lines.count), below(lines.count))
            bytes = Array(shuffled.joined(separator: [0x0A]))
        default:
            bytes.insert(UInt8(below(0x20)), at: at)
        }
    }
}
