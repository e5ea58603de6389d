/// Why a GS1 element string does not parse. Offsets count bytes from the start of the element
/// string (after any AIM identifier), starting at 0.
public enum GS1ParseError: Error, Hashable, Sendable, CustomStringConvertible {
    case empty
    /// The digits at `offset` name no AI in the table (`digits`: up to 4 characters found there).
    case unknownAI(digits: String, offset: Int)
    /// The AI is the last thing in the data, with no value.
    case missingValue(ai: String)
    /// A fixed-length value ended early (data end or separator), or a variable one is empty.
    case valueTooShort(ai: String, value: String, expected: Int)
    /// A variable-length value ran past its maximum: most often a missing GS separator.
    case valueTooLong(ai: String, maxLength: Int)
    /// A character the AI's format does not allow (digits only, or GS1 character set 82).
    case badCharacter(ai: String, character: String, offset: Int)
    case checkDigit(ai: String, value: String, expected: Int, got: Int)
    case badDate(ai: String, value: String, problem: GS1Date.Problem)
    /// The same AI twice with different values.
    case duplicateAI(ai: String)

    public var description: String {
        switch self {
        case .empty:
            return "empty GS1 element string"
        case .unknownAI(let d, let at):
            return d.isEmpty ? "expected a GS1 application identifier at character \(at + 1)"
                : "unknown GS1 application identifier at character \(at + 1) (\(d)…)"
        case .missingValue(let ai):
            return "(\(ai)) has no value"
        case .valueTooShort(let ai, let v, let n):
            return "(\(ai)) value '\(v)' is too short (needs \(n) characters)"
        case .valueTooLong(let ai, let n):
            return "(\(ai)) value is longer than \(n) characters — missing GS separator?"
        case .badCharacter(let ai, let c, let at):
            return "(\(ai)) holds a character it may not: \(c) at character \(at + 1)"
        case .checkDigit(let ai, let v, let e, let g):
            return "(\(ai)) check digit wrong: \(v) (expected \(e), read \(g))"
        case .badDate(let ai, let v, let p):
            switch p {
            case .notSixDigits: return "(\(ai)) date '\(v)' is not YYMMDD"
            case .badMonth(let m): return "(\(ai)) date \(v): month \(m) does not exist"
            case .badDay(let d): return "(\(ai)) date \(v): day \(d) does not exist in that month"
            }
        case .duplicateAI(let ai):
            return "(\(ai)) appears twice with different values"
        }
    }
}
