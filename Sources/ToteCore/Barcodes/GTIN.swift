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

    /// Parses `text` as a GTIN, verifying its length and check digit. One pass over the UTF-8
    /// bytes: no grapheme breaking, no allocation beyond the stored digits.
    public static func parse(_ text: some StringProtocol) -> Result<GTIN, ParseError> {
        var n = 0
        var sums = (0, 0) // payload digits at even / odd byte index
        var previous = -1 // the digit before the current one (so the check digit is kept out)
        for b in text.utf8 {
            guard b >= 48, b <= 57 else { return .failure(.notDigits) }
            if previous >= 0 {
                if (n - 1) % 2 == 0 { sums.0 += previous } else { sums.1 += previous }
            }
            previous = Int(b - 48)
            n += 1
        }
        guard n > 0 else { return .failure(.notDigits) }
        guard n == 8 || n == 12 || n == 13 || n == 14 else { return .failure(.badLength(n)) }
        // GS1 weights 3,1,3,… from the right-most payload digit (index n-2).
        let sum = (n - 2) % 2 == 0 ? 3 * sums.0 + sums.1 : 3 * sums.1 + sums.0
        let expected = (10 - sum % 10) % 10
        guard expected == previous else { return .failure(.checkDigit(expected: expected, got: previous)) }
        return .success(GTIN(unchecked: String(text)))
    }

    public init?(_ text: some StringProtocol) {
        guard case .success(let g) = GTIN.parse(text) else { return nil }
        self = g
    }

    private init(unchecked: String) { digits = unchecked }
}
