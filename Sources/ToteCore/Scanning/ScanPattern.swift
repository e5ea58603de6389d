/// A small, anchored, regex-like pattern for station labels (totes, carts, cartons, badges,
/// order numbers), matched without Foundation and in time linear in the input.
///
/// Syntax (a subset of regular expressions; the whole input must match, `^`/`$` optional):
/// - atoms: a literal printable ASCII character, `\d` (digit), `\w` (letter, digit or `_`),
///   `.` (any printable ASCII but space), `[...]` (characters and ranges, e.g. `[A-Z0-9-]`),
///   `\` + character (that character literally);
/// - quantifiers after an atom: `{n}`, `{n,m}`, `?`, `*` and `+` (at most `maxInput` repeats).
///
/// No alternation or groups. Letters match either case when `caseInsensitive` (the default).
/// Inputs longer than `maxInput` (63 bytes) or holding non-ASCII never match.
public struct ScanPattern: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    public static let maxInput = 63

    public let source: String
    public let caseInsensitive: Bool
    private let atoms: [Atom]

    public var description: String { source }

    struct Atom: Hashable, Sendable {
        /// Allowed ASCII bytes: bit b of `low` for b < 64, bit b-64 of `high` otherwise.
        var low: UInt64 = 0
        var high: UInt64 = 0
        var min = 1
        var max = 1

        func allows(_ b: UInt8) -> Bool {
            b < 64 ? low & (1 << UInt64(b)) != 0 : (b < 128 && high & (1 << UInt64(b - 64)) != 0)
        }
        mutating func add(_ b: UInt8, foldCase: Bool) {
            if b < 64 { low |= 1 << UInt64(b) } else if b < 128 { high |= 1 << UInt64(b - 64) }
            guard foldCase else { return }
            if b >= 65 && b <= 90 { high |= 1 << UInt64(b + 32 - 64) }
            if b >= 97 && b <= 122 { high |= 1 << UInt64(b - 32 - 64) }
        }
    }

    public struct SyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
        public let pattern: String
        public let reason: String
        public var description: String { "pattern '\(pattern)': \(reason)" }
    }

    /// Compiles `source`; throws on syntax outside the subset above.
    public init(_ source: String, caseInsensitive: Bool = true) throws(SyntaxError) {
        self.source = source
        self.caseInsensitive = caseInsensitive
        atoms = try Self.compile(source, foldCase: caseInsensitive)
    }

    /// For literals in code; a bad literal is a programming error.
    public init(stringLiteral value: String) {
        do { try self.init(value) } catch { preconditionFailure(error.description) }
    }

    /// True when the whole of `bytes` (UTF-8) matches.
    public func matches(_ b: [UInt8]) -> Bool {
        let n = b.count
        guard n <= Self.maxInput else { return false }
        var k = 0
        while k < n {
            if b[k] >= 128 { return false }
            k += 1
        }
        // reachable: bit p set when the atoms so far can consume exactly b[0..<p].
        var reachable: UInt64 = 1
        var a = 0
        while a < atoms.count {
            let atom = atoms[a]
            a += 1
            var next: UInt64 = 0
            var p = 0
            while p <= n {
                if reachable & (1 << UInt64(p)) != 0 {
                    var k = 0
                    while true {
                        if k >= atom.min { next |= 1 << UInt64(p + k) }
                        if k == atom.max || p + k == n || !atom.allows(b[p + k]) { break }
                        k += 1
                    }
                }
                p += 1
            }
            reachable = next
            if reachable == 0 { return false }
        }
        return reachable & (1 << UInt64(n)) != 0
    }

    public func matches(_ text: String) -> Bool { matches(Array(text.utf8)) }

    // MARK: compiling

    private static func compile(_ source: String, foldCase: Bool) throws(SyntaxError) -> [Atom] {
        var s = Array(source.utf8)
        func fail(_ reason: String) -> SyntaxError { SyntaxError(pattern: source, reason: reason) }
        guard s.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { throw fail("use printable ASCII only") }
        if s.first == UInt8(ascii: "^") { s.removeFirst() }
        if s.last == UInt8(ascii: "$"), !(s.count >= 2 && s[s.count - 2] == UInt8(ascii: "\\")) { s.removeLast() }
        guard !s.isEmpty else { throw fail("empty") }
        var atoms: [Atom] = []
        var i = 0
        while i < s.count {
            var atom = Atom()
            let c = s[i]
            switch c {
            case UInt8(ascii: "\\"):
                guard i + 1 < s.count else { throw fail("ends with a lone backslash") }
                let e = s[i + 1]
                switch e {
                case UInt8(ascii: "d"): for d in UInt8(48)...57 { atom.add(d, foldCase: false) }
                case UInt8(ascii: "w"):
                    for d in Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_".utf8) {
                        atom.add(d, foldCase: false)
                    }
                default: atom.add(e, foldCase: foldCase)
                }
                i += 2
            case UInt8(ascii: "["):
                guard let close = s[(i + 1)...].firstIndex(of: UInt8(ascii: "]")), close > i + 1 else {
                    throw fail("'[' without ']'")
                }
                var j = i + 1
                while j < close {
                    if j + 2 < close, s[j + 1] == UInt8(ascii: "-") {
                        guard s[j] <= s[j + 2] else { throw fail("range \(Character(Unicode.Scalar(s[j])))-\(Character(Unicode.Scalar(s[j + 2]))) is backwards") }
                        for x in s[j]...s[j + 2] { atom.add(x, foldCase: foldCase) }
                        j += 3
                    } else {
                        atom.add(s[j], foldCase: foldCase)
                        j += 1
                    }
                }
                i = close + 1
            case UInt8(ascii: "."):
                for x in UInt8(0x21)...0x7E { atom.add(x, foldCase: false) }
                i += 1
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "|"), UInt8(ascii: "{"), UInt8(ascii: "}"),
                 UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"), UInt8(ascii: "^"), UInt8(ascii: "$"),
                 UInt8(ascii: "]"):
                throw fail("'\(Character(Unicode.Scalar(c)))' is not supported here (no groups or alternation; escape it with \\)")
            default:
                atom.add(c, foldCase: foldCase)
                i += 1
            }
            if i < s.count {
                switch s[i] {
                case UInt8(ascii: "?"): atom.min = 0; atom.max = 1; i += 1
                case UInt8(ascii: "*"): atom.min = 0; atom.max = maxInput; i += 1
                case UInt8(ascii: "+"): atom.min = 1; atom.max = maxInput; i += 1
                case UInt8(ascii: "{"):
                    guard let close = s[i...].firstIndex(of: UInt8(ascii: "}")) else { throw fail("'{' without '}'") }
                    let body = String(decoding: s[(i + 1)..<close], as: UTF8.self)
                    let parts = body.split(separator: ",", omittingEmptySubsequences: false)
                    guard parts.count == 1 || parts.count == 2, let lo = Int(parts[0]),
                          let hi = parts.count == 1 ? lo : Int(parts[1]), lo >= 0, lo <= hi, hi <= maxInput else {
                        throw fail("bad repeat {\(body)}: use {n} or {n,m} with n ≤ m ≤ \(maxInput)")
                    }
                    atom.min = lo
                    atom.max = hi
                    i = close + 1
                default: break
                }
            }
            atoms.append(atom)
        }
        return atoms
    }
}
