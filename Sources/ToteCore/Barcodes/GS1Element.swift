/// One element of a GS1 element string: an Application Identifier and its value.
///
/// Invariant: `value` satisfies `ai`'s charset and length; check digits and dates were verified.
public struct GS1Element: Hashable, Sendable, CustomStringConvertible {
    public let ai: GS1ApplicationIdentifier
    public let value: String

    /// Human-readable form, e.g. `(17)140704`.
    public var description: String { "(\(ai.code))\(value)" }

    /// The date, for date AIs (11, 12, 13, 15, 16, 17).
    public var date: GS1Date? {
        guard ai.isDate, case .success(let d) = GS1Date.parse(value) else { return nil }
        return d
    }

    /// The value as a whole number, for all-digit values of at most 18 digits.
    public var number: Int? {
        guard ai.charset == .numeric, value.utf8.count <= 18 else { return nil }
        return Int(value)
    }

    public init(ai: GS1ApplicationIdentifier, value: String) {
        self.ai = ai
        self.value = value
    }
}
