/// The three-character AIM symbology identifier a scanner may send before the data:
/// `]` + code character + modifier character, e.g. `]C1` (GS1-128), `]E0` (EAN-13/UPC-A),
/// `]d2` (GS1 DataMatrix), `]Q3` (GS1 QR Code), `]C0` (plain Code 128).
///
/// Invariant: `code` is an ASCII letter and `modifier` an ASCII letter or digit.
public struct AIMIdentifier: Hashable, Sendable, CustomStringConvertible {
    /// The code and modifier characters as ASCII bytes.
    public let codeByte: UInt8
    public let modifierByte: UInt8
    public let symbology: Symbology

    public var code: Character { Character(Unicode.Scalar(codeByte)) }
    public var modifier: Character { Character(Unicode.Scalar(modifierByte)) }
    /// The identifier as sent, e.g. `]C1`.
    public var description: String { "]" + String(code) + String(modifier) }

    /// Reads an identifier at the start of `bytes` (the 3 bytes it takes, or nil: none there).
    /// Any `]` + letter + letter-or-digit is taken as an identifier, named or not.
    public static func parse<C: Collection<UInt8>>(prefixOf bytes: C) -> AIMIdentifier? {
        var it = bytes.makeIterator()
        guard it.next() == UInt8(ascii: "]"), let c = it.next(), let m = it.next(), isLetter(c),
              isLetter(m) || (m >= 48 && m <= 57) else { return nil }
        return AIMIdentifier(code: c, modifier: m)
    }

    /// Reads an identifier at `b[at]` (same as `parse(prefixOf:)`, without generics).
    static func parse(_ b: [UInt8], at i: Int, end: Int) -> AIMIdentifier? {
        guard end - i >= 3, b[i] == UInt8(ascii: "]"), isLetter(b[i + 1]),
              isLetter(b[i + 2]) || (b[i + 2] >= 48 && b[i + 2] <= 57) else { return nil }
        return AIMIdentifier(code: b[i + 1], modifier: b[i + 2])
    }

    public init(code c: UInt8, modifier m: UInt8) {
        codeByte = c
        modifierByte = m
        symbology = Self.symbology(code: c, modifier: m)
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }

    /// ISO/IEC 15424 code characters and the GS1 modifiers of GS1 General Specifications
    /// Figure 5.1.2-2 (`]C1`, `]e0`, `]d2`, `]Q3`, `]J1`, `]E0`, `]E4`…).
    private static func symbology(code c: UInt8, modifier m: UInt8) -> Symbology {
        switch (c, m) {
        case (UInt8(ascii: "C"), UInt8(ascii: "1")): return .gs1_128
        case (UInt8(ascii: "C"), _): return .code128
        case (UInt8(ascii: "E"), UInt8(ascii: "0")): return .eanUPC
        case (UInt8(ascii: "E"), UInt8(ascii: "4")): return .ean8
        case (UInt8(ascii: "E"), UInt8(ascii: "1")), (UInt8(ascii: "E"), UInt8(ascii: "2")): return .eanAddOn
        case (UInt8(ascii: "E"), UInt8(ascii: "3")): return .eanWithAddOn
        case (UInt8(ascii: "d"), UInt8(ascii: "2")): return .gs1DataMatrix
        case (UInt8(ascii: "d"), _): return .dataMatrix
        case (UInt8(ascii: "Q"), UInt8(ascii: "3")): return .gs1QR
        case (UInt8(ascii: "Q"), _): return .qr
        case (UInt8(ascii: "e"), _): return .gs1DataBar
        case (UInt8(ascii: "J"), UInt8(ascii: "1")): return .gs1DotCode
        case (UInt8(ascii: "J"), _): return .dotCode
        case (UInt8(ascii: "A"), _): return .code39
        case (UInt8(ascii: "G"), _): return .code93
        case (UInt8(ascii: "I"), _): return .interleaved2of5
        case (UInt8(ascii: "F"), _): return .codabar
        case (UInt8(ascii: "L"), _): return .pdf417
        case (UInt8(ascii: "z"), _): return .aztec
        default: return .other
        }
    }
}
