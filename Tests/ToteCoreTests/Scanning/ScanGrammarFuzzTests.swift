import Testing
@testable import ToteCore

/// A seeded mutation fuzzer over the whole scan grammar: 1,000,000 inputs built from valid
/// scans by cheap byte mutations (replace, insert, delete, truncate, splice), decoded with
/// `String(decoding:as:)` so invalid UTF-8 becomes U+FFFD as it would from a terminal, plus
/// random Unicode scalars. Every input must get a reading that keeps `ScanReading`'s invariants.
/// Deterministic (SplitMix64, fixed seed); a few seconds in a debug build.
@Suite("Scan grammar fuzz")
struct ScanGrammarFuzzTests {
    static let inputs = 1_000_000

    static let seeds: [[UInt8]] = [
        "]C1010950110153000317140704" + "10AB-123", "0112345678901231" + "10ABC123\u{1D}11210630",
        "]d20109501101530003" + "3024", "]C100106141411234567897" + "0209501101530003" + "3712",
        "(01)09501101530003(17)140704(10)AB-123", "]E04006381333931", "4006381333931", "036000291452",
        "96385074", "00012345600012", "106141411234567897", "A03-B-12-2", "NEXT", "]C0DONE", "T12345",
        "CART07", "B00042", "#1021", "C0012345", "CANDLE", "]Q30109521234543213" + "3103000123", "",
    ].map { Array($0.utf8) }

    /// Bytes a mutation inserts: the grammar's structure characters, digits, and UTF-8 trouble.
    static let alphabet: [UInt8] = Array("0123456789]()|-#ACEQTdB".utf8) + [0x1D, 0x00, 0x0D, 0x20, 0x7F, 0xC3, 0xA9, 0xE2, 0x80, 0xFF]

    @Test func everyInputIsClassified() {
        let classifier = ScanClassifier(catalog: ScanReadingTests.catalog,
                                        config: ScanGrammarConfig(gsSubstitute: "|"),
                                        unitsPerCase: [ScanReadingTests.caseGTIN: 12])
        var rng = SeededRandom(seed: 0x70_7E_5C_A7)
        var counts = [Int](repeating: 0, count: 10)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(96)
        for i in 0..<Self.inputs {
            let text: String
            if i % 16 == 15 {
                // Random scalars, any plane (surrogates are skipped: not scalars).
                var s = String.UnicodeScalarView()
                for _ in 0..<rng.below(12) {
                    if let u = Unicode.Scalar(UInt32(truncatingIfNeeded: rng.next() % 0x11_0000)) { s.append(u) }
                }
                text = String(s)
            } else {
                bytes.removeAll(keepingCapacity: true)
                bytes.append(contentsOf: Self.seeds[rng.below(Self.seeds.count)])
                for _ in 0...rng.below(3) { mutate(&bytes, &rng) }
                text = String(decoding: bytes, as: UTF8.self)
            }
            let r = classifier.read(text)
            check(r)
            counts[check(r)] += 1
        }
        #expect(counts.reduce(0, +) == Self.inputs)
        // The mutations keep enough structure that every kind is reached.
        #expect(!counts.contains(0), "a kind never came up: \(counts)")
    }

    private func mutate(_ b: inout [UInt8], _ rng: inout SeededRandom) {
        let op = rng.below(6)
        let n = b.count
        switch op {
        case 0 where n > 0: b[rng.below(n)] = Self.alphabet[rng.below(Self.alphabet.count)]
        case 1 where n < 80: b.insert(Self.alphabet[rng.below(Self.alphabet.count)], at: rng.below(n + 1))
        case 2 where n > 0: b.remove(at: rng.below(n))
        case 3 where n > 0: b.removeLast(rng.below(n) + 1)
        case 4:
            let other = Self.seeds[rng.below(Self.seeds.count)]
            guard !other.isEmpty, n < 80 else { return }
            let from = rng.below(other.count)
            b.insert(contentsOf: other[from..<min(other.count, from + 1 + rng.below(8))], at: rng.below(n + 1))
        default:
            if n > 0 { b[rng.below(n)] = UInt8(truncatingIfNeeded: rng.next()) }
        }
    }

    /// Checks the invariants; returns the kind's index for the tally.
    private func check(_ r: ScanReading) -> Int {
        if r.quantity < 1 { Issue.record("quantity \(r.quantity) for \(r.data.debugDescription)") }
        let usable: Bool
        let index: Int
        switch r.kind {
        case .item: (usable, index) = (true, 0)
        case .bin: (usable, index) = (true, 1)
        case .command: (usable, index) = (true, 2)
        case .tote: (usable, index) = (true, 3)
        case .carton: (usable, index) = (true, 4)
        case .badge: (usable, index) = (true, 5)
        case .order: (usable, index) = (true, 6)
        case .badCheckDigit: (usable, index) = (false, 7)
        case .unknownProduct: (usable, index) = (false, 8)
        case .unknown: (usable, index) = (false, 9)
        }
        if usable != (r.issue == nil) {
            Issue.record("\(r.kind) with issue \(String(describing: r.issue)) for \(r.data.debugDescription)")
        }
        return index
    }
}
