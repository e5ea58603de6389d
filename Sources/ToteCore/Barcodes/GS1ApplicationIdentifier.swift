/// One GS1 Application Identifier (AI): the digits that introduce an element in a GS1 element
/// string, and the format of the value that follows.
///
/// Formats follow the GS1 General Specifications §3.2 (AI table) and Figure 7.8.5-2 (AIs with a
/// predefined length, which need no FNC1 separator after them). Only the AIs a pick-and-pack
/// station meets are listed; any other AI is reported as unknown rather than guessed at.
///
/// A final class with only constant properties: the table holds one instance per AI and elements
/// share it, so reading an element string copies a reference, not the strings.
public final class GS1ApplicationIdentifier: Hashable, Sendable, CustomStringConvertible {
    /// What characters the value may hold.
    public enum Charset: Sendable, Hashable {
        /// ASCII digits only.
        case numeric
        /// GS1 AI encodable character set 82 (GS1 General Specifications §7.11, Figure 7.11-1).
        case cset82
    }

    /// The AI digits, e.g. `01`, `3103`.
    public let code: String
    /// The AI digits as a number, e.g. 1 for `01`, 3103 for `3103`.
    public let number: Int
    /// The GS1 data title, e.g. `GTIN`, `BEST BEFORE or BEST BY`.
    public let title: String
    public let charset: Charset
    /// Value length in characters: `minLength == maxLength` for a fixed-length AI.
    public let minLength: Int
    public let maxLength: Int
    /// True when the value's last digit is a GS1 mod-10 check digit (00, 01, 02, 402, 410…417).
    public let hasCheckDigit: Bool
    /// True for YYMMDD dates (11, 12, 13, 15, 16, 17).
    public let isDate: Bool
    /// True when the AI starts with a two-digit prefix of GS1's predefined-length table, so no
    /// FNC1 (GS) follows its value even in the middle of a string.
    public let isPredefinedLength: Bool

    public var description: String { "(\(code))" }

    public static func == (l: GS1ApplicationIdentifier, r: GS1ApplicationIdentifier) -> Bool {
        l.number == r.number && l.code == r.code
    }
    public func hash(into h: inout Hasher) { h.combine(code) }
    public var isFixedLength: Bool { minLength == maxLength }

    init(_ code: String, _ title: String, _ charset: Charset, _ minLength: Int, _ maxLength: Int,
         check: Bool = false, date: Bool = false) {
        self.code = code
        number = code.utf8.reduce(0) { $0 * 10 + Int($1 - 48) }
        self.title = title
        self.charset = charset
        self.minLength = minLength
        self.maxLength = maxLength
        hasCheckDigit = check
        isDate = date
        let p = code.utf8.prefix(2).reduce(0) { $0 * 10 + Int($1 - 48) }
        isPredefinedLength = Self.predefinedPrefixes.contains(p)
    }

    /// GS1 General Specifications Figure 7.8.5-2: element strings with predefined length.
    private static let predefinedPrefixes: Set<Int> = [0, 1, 2, 3, 4, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
                                                        31, 32, 33, 34, 35, 36, 41]

    /// The AI that `bytes` starts with (ASCII digits), or nil if the first digits name no AI in
    /// the table. Reads at most 4 bytes; never traps on short or non-digit input.
    public static func lookup<C: Collection<UInt8>>(prefixOf bytes: C) -> GS1ApplicationIdentifier? {
        var it = bytes.makeIterator()
        var d: (Int, Int, Int, Int) = (-1, -1, -1, -1)
        if let b = it.next(), b >= 48, b <= 57 { d.0 = Int(b - 48) } else { return nil }
        if let b = it.next(), b >= 48, b <= 57 { d.1 = Int(b - 48) } else { return nil }
        if let b = it.next(), b >= 48, b <= 57 {
            d.2 = Int(b - 48)
            if let b = it.next(), b >= 48, b <= 57 { d.3 = Int(b - 48) }
        }
        return lookup(d)
    }

    /// The AI that starts at `b[i]` (same as `lookup(prefixOf:)`, without generics).
    static func lookup(_ b: [UInt8], at i: Int) -> GS1ApplicationIdentifier? {
        @inline(__always) func digit(_ k: Int) -> Int {
            k < b.count && b[k] >= 48 && b[k] <= 57 ? Int(b[k] - 48) : -1
        }
        let d0 = digit(i), d1 = d0 < 0 ? -1 : digit(i + 1)
        let d2 = d1 < 0 ? -1 : digit(i + 2), d3 = d2 < 0 ? -1 : digit(i + 3)
        return lookup((d0, d1, d2, d3))
    }

    /// The AI for up to four leading digits (-1 where there is no digit).
    static func lookup(_ d: (Int, Int, Int, Int)) -> GS1ApplicationIdentifier? {
        guard d.0 >= 0, d.1 >= 0 else { return nil }
        let two = d.0 * 10 + d.1
        if let ai = twoDigit[two] { return ai }
        guard d.2 >= 0 else { return nil }
        let three = two * 10 + d.2
        if let ai = threeDigit[three] { return ai }
        guard d.3 >= 0 else { return nil }
        return fourDigit(three * 10 + d.3)
    }

    /// The AI with exactly these digits, if the table has it.
    public static func named(_ code: String) -> GS1ApplicationIdentifier? {
        guard let ai = lookup(prefixOf: code.utf8), ai.code == code else { return nil }
        return ai
    }

    // MARK: the table

    private static let twoDigit: [Int: GS1ApplicationIdentifier] = {
        let list = [
            GS1ApplicationIdentifier("00", "SSCC", .numeric, 18, 18, check: true),
            GS1ApplicationIdentifier("01", "GTIN", .numeric, 14, 14, check: true),
            GS1ApplicationIdentifier("02", "CONTENT", .numeric, 14, 14, check: true),
            GS1ApplicationIdentifier("10", "BATCH/LOT", .cset82, 1, 20),
            GS1ApplicationIdentifier("11", "PROD DATE", .numeric, 6, 6, date: true),
            GS1ApplicationIdentifier("12", "DUE DATE", .numeric, 6, 6, date: true),
            GS1ApplicationIdentifier("13", "PACK DATE", .numeric, 6, 6, date: true),
            GS1ApplicationIdentifier("15", "BEST BEFORE or BEST BY", .numeric, 6, 6, date: true),
            GS1ApplicationIdentifier("16", "SELL BY", .numeric, 6, 6, date: true),
            GS1ApplicationIdentifier("17", "USE BY or EXPIRY", .numeric, 6, 6, date: true),
            GS1ApplicationIdentifier("20", "VARIANT", .numeric, 2, 2),
            GS1ApplicationIdentifier("21", "SERIAL", .cset82, 1, 20),
            GS1ApplicationIdentifier("22", "CPV", .cset82, 1, 20),
            GS1ApplicationIdentifier("30", "VAR. COUNT", .numeric, 1, 8),
            GS1ApplicationIdentifier("37", "COUNT", .numeric, 1, 8),
            GS1ApplicationIdentifier("90", "INTERNAL", .cset82, 1, 30),
        ] + (91...99).map { GS1ApplicationIdentifier(String($0), "INTERNAL", .cset82, 1, 90) }
        return Dictionary(uniqueKeysWithValues: list.map { (Int($0.code)!, $0) })
    }()

    private static let threeDigit: [Int: GS1ApplicationIdentifier] = {
        let list = [
            GS1ApplicationIdentifier("240", "ADDITIONAL ID", .cset82, 1, 30),
            GS1ApplicationIdentifier("241", "CUST. PART No.", .cset82, 1, 30),
            GS1ApplicationIdentifier("250", "SECONDARY SERIAL", .cset82, 1, 30),
            GS1ApplicationIdentifier("251", "REF. TO SOURCE", .cset82, 1, 30),
            GS1ApplicationIdentifier("400", "ORDER NUMBER", .cset82, 1, 30),
            GS1ApplicationIdentifier("401", "GINC", .cset82, 1, 30),
            GS1ApplicationIdentifier("402", "GSIN", .numeric, 17, 17, check: true),
            GS1ApplicationIdentifier("403", "ROUTE", .cset82, 1, 30),
            GS1ApplicationIdentifier("410", "SHIP TO LOC", .numeric, 13, 13, check: true),
            GS1ApplicationIdentifier("411", "BILL TO", .numeric, 13, 13, check: true),
            GS1ApplicationIdentifier("412", "PURCHASE FROM", .numeric, 13, 13, check: true),
            GS1ApplicationIdentifier("413", "SHIP FOR LOC", .numeric, 13, 13, check: true),
            GS1ApplicationIdentifier("414", "LOC No.", .numeric, 13, 13, check: true),
            GS1ApplicationIdentifier("415", "PAY TO", .numeric, 13, 13, check: true),
            GS1ApplicationIdentifier("416", "PROD/SERV LOC", .numeric, 13, 13, check: true),
            GS1ApplicationIdentifier("417", "PARTY", .numeric, 13, 13, check: true),
            GS1ApplicationIdentifier("420", "SHIP TO POST", .cset82, 1, 20),
            GS1ApplicationIdentifier("422", "ORIGIN", .numeric, 3, 3),
        ]
        return Dictionary(uniqueKeysWithValues: list.map { (Int($0.code)!, $0) })
    }()

    /// Trade measures 310n…369n (N6, n = implied decimal places 0…5) and 7003 (EXPIRY TIME, N10).
    /// Not every 3-digit stem in 310…369 is assigned; this accepts the whole block as "MEASURE".
    private static let measures: [GS1ApplicationIdentifier] = (3100...3695).compactMap { n in
        n % 10 <= 5 ? GS1ApplicationIdentifier(String(n), "MEASURE", .numeric, 6, 6) : nil
    }
    private static let expiryTime = GS1ApplicationIdentifier("7003", "EXPIRY TIME", .numeric, 10, 10)

    private static func fourDigit(_ n: Int) -> GS1ApplicationIdentifier? {
        if n == 7003 { return expiryTime }
        guard n >= 3100, n <= 3695, n % 10 <= 5 else { return nil }
        let index = (n / 10 - 310) * 6 + n % 10
        return measures[index]
    }
}
