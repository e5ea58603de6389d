/// A Serial Shipping Container Code: the number on a carton's or pallet's GS1 logistic label.
///
/// Invariant: `digits` is exactly 18 ASCII digits whose last is the GS1 mod-10 check digit
/// (GS1 General Specifications §2.2.1 and §7.9.1). The first digit is the extension digit.
public struct SSCC: Hashable, Sendable, CustomStringConvertible {
    public let digits: String
    public var description: String { digits }
    /// The extension digit (0…9) the company assigns to widen its serial range.
    public var extensionDigit: Int { Int(digits.utf8.first! - 48) }

    public enum ParseError: Error, Equatable, Sendable {
        case notDigits
        case badLength(Int)
        case checkDigit(expected: Int, got: Int)
    }

    /// Parses 18 digits, verifying the check digit.
    public static func parse(_ text: some StringProtocol) -> Result<SSCC, ParseError> {
        let utf8 = text.utf8
        guard !utf8.isEmpty, utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return .failure(.notDigits) }
        guard utf8.count == 18 else { return .failure(.badLength(utf8.count)) }
        let expected = GS1CheckDigit.compute(text.dropLast())!
        let got = Int(text.last!.asciiValue! - 48)
        guard expected == got else { return .failure(.checkDigit(expected: expected, got: got)) }
        return .success(SSCC(unchecked: String(text)))
    }

    public init?(_ text: some StringProtocol) {
        guard case .success(let s) = SSCC.parse(text) else { return nil }
        self = s
    }

    private init(unchecked: String) { digits = unchecked }
}
