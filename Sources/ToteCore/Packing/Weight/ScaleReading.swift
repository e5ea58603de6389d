/// A weight typed by the packer or sent by a scale in keyboard-wedge mode, in grams.
///
/// Accepted forms (case-insensitive, spaces around the number and unit ignored, a leading `+`
/// allowed; a comma works as the decimal mark):
/// - `W1234` — grams, the scale prefix form (integer only);
/// - `1234`, `1234 g`, `1234g` — grams (a bare number must be a whole number of grams);
/// - `1.234 kg`, `1,234kg`, `2 kg` — kilograms;
/// - `2.5 lb`, `12 oz` — pounds and ounces (US scales).
/// Results are rounded to the nearest gram; zero, negative or absurd (> 1000 kg) readings are refused.
public enum ScaleReading {
    public static let maximumGrams = 1_000_000

    /// Grams, or nil when `text` is not one of the accepted forms.
    public static func grams(_ text: String) -> Int? {
        var s = text.packRuleTrimmed.lowercased()
        if s.hasPrefix("w") {
            let digits = s.dropFirst()
            guard !digits.isEmpty, digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let g = Int(digits) else { return nil }
            return valid(g)
        }
        if s.hasPrefix("+") { s.removeFirst() }
        let units: [(String, Double)] = [("kg", 1000), ("lb", 453.59237), ("oz", 28.349523125), ("g", 1)]
        var factor: Double?
        for (suffix, f) in units where s.hasSuffix(suffix) {
            s.removeLast(suffix.count)
            factor = f
            break
        }
        s = s.packRuleTrimmed.replacingComma()
        guard !s.isEmpty, s.utf8.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2E }),
              s.utf8.filter({ $0 == 0x2E }).count <= 1, s.first != ".", s.last != "." else { return nil }
        // A bare decimal is ambiguous (grams or kilograms?): refuse rather than guess.
        if factor == nil && s.contains(".") { return nil }
        guard let value = Double(s) else { return nil }
        let grams = (value * (factor ?? 1)).rounded()
        guard grams <= Double(maximumGrams) else { return nil }
        return valid(Int(grams))
    }

    private static func valid(_ g: Int) -> Int? { g > 0 && g <= maximumGrams ? g : nil }
}

private extension String {
    func replacingComma() -> String { String(map { $0 == "," ? "." : $0 }) }
}
