import ToteCore

/// Looks up user-facing text and fills its `{placeholders}`.
///
/// A key missing from the chosen language falls back to English; a key missing from English
/// shows the key itself, so a gap is visible instead of blank.
public struct Strings: Sendable {
    /// The language asked for; numbers and dates follow it too (`format`).
    public let language: Language
    private let table: [StringKey: String]

    public init() { self.init(language: .en) }

    public init(language: Language) {
        self.language = language
        self.table = Self.catalogue(language)
    }

    public init(table: [StringKey: String], language: Language = .en) {
        self.language = language
        self.table = table
    }

    public static let english = Strings()

    /// The translations of `language` as written, without the English fallback.
    public static func catalogue(_ language: Language) -> [StringKey: String] {
        switch language {
        case .en: return EnglishStrings.table
        case .ro: return RomanianStrings.table
        case .fr: return FrenchStrings.table
        case .sv: return SwedishStrings.table
        case .ko: return KoreanStrings.table
        }
    }

    /// Numbers, dates and times written for `language`.
    public var format: LocalFormat { LocalFormat(language) }

    public func text(_ key: StringKey, _ args: [String: String] = [:]) -> String {
        let template = table[key] ?? EnglishStrings.table[key] ?? key.rawValue
        return TextTemplate.fill(template, args)
    }

    public func status(_ status: OrderStatus) -> String {
        switch status {
        case .new: return text(.statusNew)
        case .picking: return text(.statusPicking)
        case .picked: return text(.statusPicked)
        case .packing: return text(.statusPacking)
        case .packed: return text(.statusPacked)
        case .labelled: return text(.statusLabelled)
        case .shipped: return text(.statusShipped)
        case .onHold: return text(.statusOnHold)
        case .exception: return text(.statusException)
        case .cancelled: return text(.statusCancelled)
        }
    }

    public func service(_ service: ServiceLevel) -> String {
        switch service {
        case .standard: return text(.serviceStandard)
        case .express: return text(.serviceExpress)
        case .overnight: return text(.serviceOvernight)
        }
    }

    /// Keys present in English but missing from this table.
    public var missingKeys: [StringKey] { StringKey.allCases.filter { table[$0] == nil } }
}
