/// Reads one scan (the text a keyboard-wedge scanner typed before its terminator).
///
/// Pure, deterministic and total: any string, however hostile (control characters, U+FFFD from
/// invalid UTF-8, 10 kB lines), gets exactly one `ScanReading`, in time linear in its length.
///
/// Order of the grammar, first match wins:
/// 1. trim padding (whitespace, control characters) and the configured prefix/suffix; strip an
///    AIM identifier (`]C1`, `]E0`, …); longer than `config.maxLength` bytes → unknown;
/// 2. a GS1 AIM identifier (`]C1`, `]d2`, `]Q3`, `]e0`, `]J1`) → GS1 element string;
/// 3. a station command (`NEXT`, …, any case); a bin code (`A03-B-12-2`);
/// 4. 8, 12, 13 or 14 digits → GTIN (check digit verified); 18 digits → SSCC (`bareSSCC`);
/// 5. GS1 element string without AIM id: `01`/`02` + 14 digits or `00` + 18 digits and more,
///    `(AI)…` form, or a known AI followed by data holding a GS (or its substitute);
/// 6. a SKU code of the catalogue; 7. tote, carton, badge, order patterns; 8. unknown (with the
///    GS1 parse error when step 5 applied but failed).
public struct ScanClassifier: Sendable {
    public let catalog: Catalog
    public let config: ScanGrammarConfig
    /// Units in a case, by the case's 14-digit GTIN (`GTIN.gtin14`). A case GTIN listed here
    /// reads as its SKU with that quantity even when only the unit's GTIN is in the catalogue
    /// (case GTIN = indicator digit 1…8 + the unit's GTIN-13 digits, GS1 GenSpecs §4.2).
    public let unitsPerCase: [String: Int]

    public init(catalog: Catalog, config: ScanGrammarConfig = ScanGrammarConfig(), unitsPerCase: [String: Int] = [:]) {
        self.catalog = catalog
        self.config = config
        self.unitsPerCase = unitsPerCase
    }

    /// The one-word summary of `read(_:)`.
    public func classify(_ raw: String) -> ScanKind { read(raw).kind }

    /// Reads `raw` completely: kind, symbology, GTIN/SSCC, GS1 elements, units, or the issue.
    public func read(_ raw: String) -> ScanReading {
        var bytes = Array(raw.utf8)
        var lo = 0
        var hi = bytes.count
        while lo < hi, Self.isPadding(bytes[lo]) { lo += 1 }
        while hi > lo, Self.isPadding(bytes[hi - 1]) { hi -= 1 }
        if lo < hi, bytes[lo] >= 0x80 || bytes[hi - 1] >= 0x80 {
            // Non-ASCII at an end: it may be Unicode whitespace (NBSP, U+3000…); trim by scalar.
            bytes = Array(Self.trimmed(raw).utf8)
            lo = 0
            hi = bytes.count
        }
        guard hi - lo <= config.maxLength else {
            return ScanReading(kind: .unknown, data: "", issue: .tooLong(bytes: hi - lo))
        }
        if let p = config.stripPrefixes.first(where: { !$0.isEmpty && Self.has(bytes, lo, hi, prefix: $0) }) {
            lo += p.utf8.count
        }
        if let s = config.stripSuffixes.first(where: { !$0.isEmpty && Self.has(bytes, lo, hi, suffix: $0) }) {
            hi -= s.utf8.count
        }
        let aim = AIMIdentifier.parse(bytes, at: lo, end: hi)
        if aim != nil { lo += 3 }
        if hi < bytes.count { bytes.removeSubrange(hi...) }
        if lo > 0 { bytes.removeFirst(lo) }
        // Any leading GS left (FNC1 in first position after the AIM id) is not data.
        while bytes.first == GS1ElementString.groupSeparator { bytes.removeFirst() }
        let data = String(decoding: bytes, as: UTF8.self)
        guard !bytes.isEmpty else { return ScanReading(kind: .unknown, aim: aim, data: "", issue: .empty) }
        return classify(bytes, data: data, aim: aim)
    }

    private func classify(_ bytes: [UInt8], data: String, aim: AIMIdentifier?) -> ScanReading {
        let n = bytes.count
        if let aim, aim.symbology.carriesGS1 { return elementString(bytes, data: data, aim: aim) }
        if n >= 4, n <= 7, Self.all(bytes, 0, n, Self.isLetter),
           let command = StationCommand(rawValue: data.uppercased()) {
            return ScanReading(kind: .command(command), aim: aim, data: data)
        }
        if n == 10, bytes[0] | 0x20 == UInt8(ascii: "a"), let bin = BinLocation(code: data) {
            return ScanReading(kind: .bin(bin), aim: aim, data: data)
        }
        let allDigits = Self.all(bytes, 0, n, Self.isDigit)
        if allDigits, n == 8 || n == 12 || n == 13 || n == 14 { return plainGTIN(data, aim: aim) }
        if allDigits, n == 18, config.bareSSCC { return bareSSCC(data, aim: aim) }
        // A GS1 string without AIM id that fails to parse may still be a SKU or a label; if it
        // is neither, its parse error says more than "unknown".
        var failedElementString: ScanReading?
        if looksLikeElementString(bytes) {
            let reading = elementString(bytes, data: data, aim: aim)
            guard reading.issue != nil else { return reading }
            failedElementString = reading
        }
        if let sku = catalog.sku(code: data) { return ScanReading(kind: .item(sku: sku.code), aim: aim, data: data) }
        if Self.any(config.totePatterns, bytes) {
            return ScanReading(kind: .tote(Self.upper(data)), aim: aim, data: data)
        }
        if Self.any(config.cartonPatterns, bytes) {
            return ScanReading(kind: .carton(Self.upper(data)), aim: aim, data: data)
        }
        if Self.any(config.badgePatterns, bytes) {
            return ScanReading(kind: .badge(Self.upper(data)), aim: aim, data: data)
        }
        if Self.any(config.orderPatterns, bytes) {
            return ScanReading(kind: .order(Self.upper(data)), aim: aim, data: data)
        }
        return failedElementString ?? ScanReading(kind: .unknown, aim: aim, data: data, issue: .unknownCode)
    }

    // MARK: product codes

    private func plainGTIN(_ data: String, aim: AIMIdentifier?) -> ScanReading {
        switch GTIN.parse(data) {
        case .success(let gtin):
            var r = resolve(gtin, count: nil)
            r.aim = aim
            r.data = data
            return r
        case .failure(.checkDigit(let expected, let got)):
            return ScanReading(kind: .badCheckDigit(data), aim: aim, data: data,
                               issue: .checkDigit(code: data, expected: expected, got: got))
        case .failure:
            return ScanReading(kind: .unknown, aim: aim, data: data, issue: .unknownCode)
        }
    }

    private func bareSSCC(_ data: String, aim: AIMIdentifier?) -> ScanReading {
        switch SSCC.parse(data) {
        case .success(let sscc):
            return ScanReading(kind: .carton(sscc.digits), aim: aim, data: data, sscc: sscc)
        case .failure(.checkDigit(let expected, let got)):
            return ScanReading(kind: .badCheckDigit(data), aim: aim, data: data,
                               issue: .checkDigit(code: data, expected: expected, got: got))
        case .failure:
            return ScanReading(kind: .unknown, aim: aim, data: data, issue: .unknownCode)
        }
    }

    /// The SKU carrying `gtin`, directly or as a case of its unit (with a known count).
    /// - Parameter count: units from AI 30/37, when the scan had one.
    func resolve(_ gtin: GTIN, count: Int?) -> ScanReading {
        if let sku = catalog.sku(gtin: gtin) {
            let units = count ?? unitsPerCase[gtin.gtin14] ?? 1
            return ScanReading(kind: .item(sku: sku.code), data: "", gtin: gtin, quantity: units)
        }
        if let units = count ?? unitsPerCase[gtin.gtin14], let unit = Self.unitGTIN(ofCase: gtin),
           let sku = catalog.sku(gtin: unit) {
            return ScanReading(kind: .item(sku: sku.code), data: "", gtin: gtin, quantity: units)
        }
        return ScanReading(kind: .unknownProduct(gtin), data: "", gtin: gtin, issue: .unknownProduct(gtin))
    }

    /// For a GTIN-14 with indicator digit 1…8 (a trade-item grouping), the GTIN-13 of the unit
    /// it is built on: the 12 digits after the indicator plus their check digit.
    static func unitGTIN(ofCase gtin: GTIN) -> GTIN? {
        let d = gtin.gtin14.utf8
        guard let first = d.first, first >= UInt8(ascii: "1"), first <= UInt8(ascii: "8") else { return nil }
        let body = String(decoding: d.dropFirst().prefix(12), as: UTF8.self)
        guard let check = GS1CheckDigit.compute(body) else { return nil }
        return GTIN(body + String(check))
    }

    // MARK: GS1 element strings

    private func looksLikeElementString(_ b: [UInt8]) -> Bool {
        let n = b.count
        if b[0] == UInt8(ascii: "(") { return n > 4 }
        guard n > 2, Self.isDigit(b[0]), Self.isDigit(b[1]) else { return false }
        if b[0] == UInt8(ascii: "0") {
            if (b[1] == UInt8(ascii: "1") || b[1] == UInt8(ascii: "2")), n >= 16, Self.all(b, 2, 16, Self.isDigit) {
                return true
            }
            if b[1] == UInt8(ascii: "0"), n >= 20, Self.all(b, 2, 20, Self.isDigit) { return true }
        }
        let sub = config.gsSubstituteByte ?? GS1ElementString.groupSeparator
        guard GS1ApplicationIdentifier.lookup(b, at: 0) != nil else { return false }
        for x in b where x == GS1ElementString.groupSeparator || x == sub { return true }
        return false
    }

    private func elementString(_ bytes: [UInt8], data: String, aim: AIMIdentifier?) -> ScanReading {
        let parsed = bytes.first == UInt8(ascii: "(")
            ? GS1ElementString.parseBracketed(bytes)
            : GS1ElementString.parse(bytes, from: 0, substitute: config.gsSubstituteByte)
        let es: GS1ElementString
        switch parsed {
        case .success(let s): es = s
        case .failure(.checkDigit(_, let value, let expected, let got)):
            return ScanReading(kind: .badCheckDigit(value), aim: aim, data: data,
                               issue: .checkDigit(code: value, expected: expected, got: got))
        case .failure(let e):
            return ScanReading(kind: .unknown, aim: aim, data: data, issue: .elementString(e))
        }
        func fail(_ issue: ScanIssue) -> ScanReading {
            ScanReading(kind: .unknown, aim: aim, data: data, elementString: es, issue: issue)
        }
        var count: Int?
        for ai in [30, 37] {
            guard let e = es.element(ai) else { continue }
            guard let n = e.number, n >= 1 else { return fail(.badCount(ai: e.ai.code, value: e.value)) }
            count = count ?? n
        }
        let gtin01 = es.element(1), gtin02 = es.element(2)
        let content = gtin01 ?? gtin02
        if gtin01 != nil && gtin02 != nil { return fail(.conflictingGTINs) }
        if let sscc = es.element(0).flatMap({ SSCC($0.value) }) {
            return ScanReading(kind: .carton(sscc.digits), aim: aim, data: data,
                               gtin: content.flatMap { GTIN($0.value) }, sscc: sscc, elementString: es,
                               quantity: count ?? 1)
        }
        guard let content, let gtin = GTIN(content.value) else { return fail(.missingGTIN) }
        var r = resolve(gtin, count: count)
        r.aim = aim
        r.data = data
        r.elementString = es
        return r
    }

    // MARK: bytes

    private static func any(_ patterns: [ScanPattern], _ bytes: [UInt8]) -> Bool {
        var i = 0
        while i < patterns.count {
            if patterns[i].matches(bytes) { return true }
            i += 1
        }
        return false
    }

    @inline(__always) static func all(_ b: [UInt8], _ from: Int, _ to: Int, _ test: (UInt8) -> Bool) -> Bool {
        var i = from
        while i < to {
            if !test(b[i]) { return false }
            i += 1
        }
        return true
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }
    @inline(__always) static func isPadding(_ b: UInt8) -> Bool { b <= 0x20 || b == 0x7F }

    private static func upper(_ s: String) -> String {
        String(decoding: s.utf8.map { $0 >= 97 && $0 <= 122 ? $0 - 32 : $0 }, as: UTF8.self)
    }

    private static func has(_ b: [UInt8], _ lo: Int, _ hi: Int, prefix: String) -> Bool {
        let p = prefix.utf8
        return p.count <= hi - lo && b[lo..<(lo + p.count)].elementsEqual(p)
    }

    private static func has(_ b: [UInt8], _ lo: Int, _ hi: Int, suffix: String) -> Bool {
        let s = suffix.utf8
        return s.count <= hi - lo && b[(hi - s.count)..<hi].elementsEqual(s)
    }

    /// Drops surrounding whitespace and control characters a scanner may add as suffix.
    static func trimmed(_ raw: String) -> String {
        let scalars = raw.unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.isPadding($0) }),
              let last = scalars.lastIndex(where: { !Self.isPadding($0) }) else { return "" }
        return String(scalars[first...last])
    }

    private static func isPadding(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || s.value == 0x7F || s.properties.isWhitespace
    }
}
