/// A Global Trade Item Number read from a retail barcode.
///
/// Invariant: `digits` is 8, 12, 13 or 14 ASCII digits with a valid GS1 check digit.
public struct GTIN: Hashable, Sendable, CustomStringConvertible {
    /// The symbology family the length implies.
    public enum Format: String, Sendable, Codable { case ean8 = "EAN-8", upcA = "UPC-A", ean13 = "EAN-13", gtin14 = "GTIN-14" }

    public let digits: String
    public var format: Format {
        switch digits.count {
        case 8: return .ean8
        case 12: return .upcA
        case 13: return .ean13
        default: return .gtin14
        }
    }
    /// The 14-digit form (left-padded with zeros), the key under which every length compares equal.
    public var gtin14: String { String(repeating: "0", count: 14 - digits.count) + digits }
    public var description: String { digits }

    public enum ParseError: Error, Equatable, Sendable {
        case notDigits
        case badLength(Int)
        case checkDigit(expected: Int, got: Int)
    }

    /// Parses `text` as a GTIN, verifying its length and check digit.
    public static func parse(_ text: some StringProtocol) -> Result<GTIN, ParseError> {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return .failure(.notDigits) }
        guard [8, 12, 13, 14].contains(text.count) else { return .failure(.badLength(text.count)) }
        let expected = GS1CheckDigit.compute(text.dropLast())!
        let got = text.last!.wholeNumberValue!
        guard expected == got else { return .failure(.checkDigit(expected: expected, got: got)) }
        return .success(GTIN(unchecked: String(text)))
    }

    public init?(_ text: some StringProtocol) {
        guard case .success(let g) = GTIN.parse(text) else { return nil }
        self = g
    }

    private init(unchecked: String) { digits = unchecked }
}
