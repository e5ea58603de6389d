/// A parsed GS1 element string: the data of a GS1-128, GS1 DataMatrix, GS1 QR Code or GS1
/// DataBar symbol, e.g. `0109501101530003` `17140704` `10AB-123` (GS1 General Specifications
/// §3 and §7.8).
///
/// Elements are AI + value. Predefined-length AIs (01, 17, …) need no separator; a
/// variable-length value (10, 21, 30, …) ends at a separator — GS (0x1D, FNC1) or a configured
/// substitute byte — or at the end of the data. Invariant: every element passed its format,
/// check digit and date checks, and no AI appears twice with different values.
public struct GS1ElementString: Hashable, Sendable, CustomStringConvertible {
    public let elements: [GS1Element]

    /// Human-readable form, e.g. `(01)09501101530003(17)140704(10)AB-123`.
    public var description: String { elements.map(\.description).joined() }

    /// The first element with AI `code`, e.g. `self["01"]`.
    public subscript(_ code: String) -> GS1Element? { elements.first { $0.ai.code == code } }

    /// The first element whose AI has number `ai` (e.g. 1 for `01`): an integer compare, for hot paths.
    /// Unambiguous because no listed AI is a zero-padded form of another.
    public func element(_ ai: Int) -> GS1Element? {
        var i = 0
        while i < elements.count {
            if elements[i].ai.number == ai { return elements[i] }
            i += 1
        }
        return nil
    }

    /// The ASCII group separator, which stands for FNC1 in transmitted data.
    public static let groupSeparator: UInt8 = 0x1D

    /// Parses `text` (no AIM identifier; a leading separator, FNC1 in first position, is skipped).
    /// Also accepts the bracketed human-readable form `(01)…(10)…`.
    public static func parse(_ text: String, substitute: UInt8? = nil) -> Result<GS1ElementString, GS1ParseError> {
        let bytes = Array(text.utf8)
        if bytes.first == UInt8(ascii: "(") { return parseBracketed(bytes) }
        return parse(bytes, from: 0, substitute: substitute)
    }

    /// Parses `bytes[start...]`. Total: returns a failure for any byte sequence, never traps.
    public static func parse(_ bytes: [UInt8], from start: Int, substitute: UInt8? = nil)
        -> Result<GS1ElementString, GS1ParseError> {
        let end = bytes.count
        let sub = substitute ?? groupSeparator
        @inline(__always) func isSeparator(_ b: UInt8) -> Bool { b == groupSeparator || b == sub }
        var elements: [GS1Element] = []
        elements.reserveCapacity(4)
        var i = max(start, 0)
        while i < end && isSeparator(bytes[i]) { i += 1 }
        guard i < end else { return .failure(.empty) }
        while i < end {
            if isSeparator(bytes[i]) { i += 1; continue } // tolerate a doubled separator
            guard let ai = GS1ApplicationIdentifier.lookup(bytes, at: i) else {
                let digits = bytes[i..<min(i + 4, end)].prefix { $0 >= 48 && $0 <= 57 }
                return .failure(.unknownAI(digits: String(decoding: digits, as: UTF8.self), offset: i - start))
            }
            i += ai.code.utf8.count
            let valueStart = i
            if ai.isFixedLength {
                while i < end, i - valueStart < ai.maxLength, !isSeparator(bytes[i]) { i += 1 }
            } else {
                while i < end, !isSeparator(bytes[i]) {
                    if i - valueStart == ai.maxLength { return .failure(.valueTooLong(ai: ai.code, maxLength: ai.maxLength)) }
                    i += 1
                }
            }
            let length = i - valueStart
            if length == 0 { return .failure(.missingValue(ai: ai.code)) }
            if length < ai.minLength {
                return .failure(.valueTooShort(ai: ai.code, value: text(bytes, valueStart, i), expected: ai.minLength))
            }
            var k = valueStart
            while k < i {
                if !allowed(bytes[k], ai.charset) {
                    return .failure(.badCharacter(ai: ai.code, character: display(bytes[k]), offset: k - start))
                }
                k += 1
            }
            if ai.hasCheckDigit, let failure = checkDigitProblem(bytes, valueStart, i, ai) { return .failure(failure) }
            if ai.isDate, case .failure(let p) = GS1Date.parse(bytes, valueStart, i) {
                return .failure(.badDate(ai: ai.code, value: text(bytes, valueStart, i), problem: p))
            }
            let element = GS1Element(ai: ai, value: text(bytes, valueStart, i))
            if let same = elements.first(where: { $0.ai == ai }) {
                guard same.value == element.value else { return .failure(.duplicateAI(ai: ai.code)) }
            } else {
                elements.append(element)
            }
            if i < end && isSeparator(bytes[i]) { i += 1 }
        }
        return .success(GS1ElementString(elements: elements))
    }

    /// `(01)09501101530003(10)AB-123`: each `(` + known AI + `)` starts an element.
    static func parseBracketed(_ bytes: [UInt8]) -> Result<GS1ElementString, GS1ParseError> {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        var first = true
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "("), let close = bracketedAI(bytes, at: i) {
                if !first { out.append(groupSeparator) }
                first = false
                out.append(contentsOf: bytes[(i + 1)..<close])
                i = close + 1
            } else {
                if first { return .failure(.unknownAI(digits: "", offset: i)) }
                out.append(bytes[i])
                i += 1
            }
        }
        return parse(out, from: 0)
    }

    /// The index of `)` when `(` at `i` opens 2…4 digits naming an AI in the table.
    private static func bracketedAI(_ bytes: [UInt8], at i: Int) -> Int? {
        var j = i + 1
        while j < bytes.count, j - i <= 5, bytes[j] >= 48, bytes[j] <= 57 { j += 1 }
        guard j < bytes.count, bytes[j] == UInt8(ascii: ")"), j - i - 1 >= 2,
              let ai = GS1ApplicationIdentifier.lookup(Array(bytes[(i + 1)..<j]), at: 0),
              ai.code.utf8.count == j - i - 1 else { return nil }
        return j
    }

    private static func checkDigitProblem(_ b: [UInt8], _ from: Int, _ to: Int, _ ai: GS1ApplicationIdentifier) -> GS1ParseError? {
        var sum = 0
        var three = true
        var k = to - 2
        while k >= from {
            let d = Int(b[k] - 48)
            sum += three ? d * 3 : d
            three.toggle()
            k -= 1
        }
        let expected = (10 - sum % 10) % 10
        let got = Int(b[to - 1] - 48)
        guard expected != got else { return nil }
        return .checkDigit(ai: ai.code, value: text(b, from, to), expected: expected, got: got)
    }

    private static func text(_ b: [UInt8], _ from: Int, _ to: Int) -> String {
        String(decoding: b[from..<to], as: UTF8.self)
    }

    /// A byte as text for messages: printable ASCII as itself, anything else as `0xNN`.
    static func display(_ b: UInt8) -> String {
        if b >= 0x21 && b <= 0x7E { return String(Unicode.Scalar(b)) }
        let hex = Array("0123456789ABCDEF")
        return "0x" + String(hex[Int(b >> 4)]) + String(hex[Int(b & 15)])
    }

    /// GS1 AI encodable character set 82: `!"%&'()*+,-./0-9:;<=>?A-Z_a-z` (bits by ASCII code).
    private static let cset82Low: UInt64 = {
        var m: UInt64 = 0
        for c in Array("!\"%&'()*+,-./0123456789:;<=>?".utf8) { m |= 1 << UInt64(c) }
        return m
    }()
    private static let cset82High: UInt64 = {
        var m: UInt64 = 0
        for c in Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz".utf8) { m |= 1 << UInt64(c - 64) }
        return m
    }()

    @inline(__always) static func allowed(_ b: UInt8, _ charset: GS1ApplicationIdentifier.Charset) -> Bool {
        switch charset {
        case .numeric: return b >= 48 && b <= 57
        case .cset82:
            if b < 64 { return cset82Low & (1 << UInt64(b)) != 0 }
            if b < 128 { return cset82High & (1 << UInt64(b - 64)) != 0 }
            return false
        }
    }

    public init(elements: [GS1Element]) { self.elements = elements }
}
