/// A language the station speaks: its screens, messages and printed documents.
///
/// The raw value is the ISO 639-1 code used in config files (`language = "ro"`), on the command
/// line (`--lang ko`) and in locale names (`ko_KR.UTF-8`).
public enum Language: String, CaseIterable, Equatable, Hashable, Sendable {
    case en, ro, fr, sv, ko

    /// The language's own name, for lists shown to the people who read it.
    public var nativeName: String {
        switch self {
        case .en: return "English"
        case .ro: return "Română"
        case .fr: return "Français"
        case .sv: return "Svenska"
        case .ko: return "한국어"
        }
    }

    /// A code as written by a person: `ro`, `RO`, `ro-RO`, `ro_RO`, `ro_RO.UTF-8`. Nil when the
    /// language part is not one the station speaks.
    public init?(code: String) {
        let lower = code.lowercased()
        let end = lower.firstIndex { $0 == "_" || $0 == "-" || $0 == "." || $0 == "@" } ?? lower.endIndex
        guard let language = Language(rawValue: String(lower[..<end])) else { return nil }
        self = language
    }

    /// The language of a POSIX locale name such as `ko_KR.UTF-8`, `fr_FR@euro` or `sv_SE`.
    /// `C`, `POSIX`, empty text and languages the station does not speak give nil.
    public static func fromLocale(_ locale: String) -> Language? {
        let trimmed = locale.trimmingSpaces
        guard !trimmed.isEmpty, trimmed != "C", trimmed != "POSIX", !trimmed.hasPrefix("C.") else { return nil }
        return Language(code: trimmed)
    }

    /// The language the environment asks for, as POSIX reads it for messages: the first of
    /// `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty decides; an unknown or `C`
    /// locale there means English (a later variable does not override it).
    public static func fromEnvironment(lcAll: String?, lcMessages: String?, lang: String?) -> Language {
        for value in [lcAll, lcMessages, lang] {
            guard let value, !value.trimmingSpaces.isEmpty else { continue }
            return fromLocale(value) ?? .en
        }
        return .en
    }

    /// The codes accepted, for error messages: `en, ro, fr, sv, ko`.
    public static var codeList: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
