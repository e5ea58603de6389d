import ToteCore

/// What `tote i18n check` and the catalogue test report: per language, every key missing (the
/// screen shows English there) and every translation whose placeholders differ from English
/// (a `{order}` lost or misspelt would show the raw braces or drop the order number).
public struct TranslationCheck: Equatable, Sendable {
    public struct Mismatch: Equatable, Sendable {
        public var key: StringKey
        /// Placeholders in English but not in the translation.
        public var missing: [String]
        /// Placeholders in the translation that English does not fill.
        public var unknown: [String]
    }

    public struct Report: Equatable, Sendable {
        public var language: Language
        public var missingKeys: [StringKey]
        public var mismatches: [Mismatch]
        public var isClean: Bool { missingKeys.isEmpty && mismatches.isEmpty }
    }

    public var reports: [Report]

    /// Checks every language's catalogue (English too: a key with no English text shows its raw key).
    public init(catalogues: (Language) -> [StringKey: String] = Strings.catalogue) {
        let english = catalogues(.en)
        reports = Language.allCases.map { language in
            let table = catalogues(language)
            let missing = StringKey.allCases.filter { table[$0] == nil }
            var mismatches: [Mismatch] = []
            for key in StringKey.allCases {
                guard language != .en, let text = table[key], let reference = english[key] else { continue }
                let want = Self.placeholders(in: reference), got = Self.placeholders(in: text)
                if want != got {
                    mismatches.append(Mismatch(key: key, missing: want.subtracting(got).sorted(),
                                               unknown: got.subtracting(want).sorted()))
                }
            }
            return Report(language: language, missingKeys: missing, mismatches: mismatches)
        }
    }

    public var isClean: Bool { reports.allSatisfy(\.isClean) }

    /// The names inside `{…}` and any printf-style `%d`/`%s`/`%@` conversions, as written.
    public static func placeholders(in text: String) -> Set<String> {
        var out: Set<String> = []
        var i = text.startIndex
        while i < text.endIndex {
            let ch = text[i]
            if ch == "{", let close = text[i...].firstIndex(of: "}") {
                let name = text[text.index(after: i)..<close]
                if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                    out.insert("{" + name + "}")
                    i = text.index(after: close)
                    continue
                }
            } else if ch == "%", let next = text.index(i, offsetBy: 1, limitedBy: text.endIndex), next < text.endIndex,
                      "dsf@".contains(text[next]) {
                out.insert("%" + String(text[next]))
            }
            i = text.index(after: i)
        }
        return out
    }

    /// One line per problem, e.g. `ko: missing pick.short_dialog` or
    /// `fr: queue.claimed lacks {order}`; "All N keys translated in …" when clean.
    public var lines: [String] {
        var out: [String] = []
        for report in reports {
            let code = report.language.rawValue
            for key in report.missingKeys { out.append("\(code): missing \(key.rawValue) (\(String(describing: key)))") }
            for m in report.mismatches {
                var parts: [String] = []
                if !m.missing.isEmpty { parts.append("lacks " + m.missing.joined(separator: " ")) }
                if !m.unknown.isEmpty { parts.append("has unknown " + m.unknown.joined(separator: " ")) }
                out.append("\(code): \(m.key.rawValue) " + parts.joined(separator: ", "))
            }
        }
        if out.isEmpty {
            out.append("All \(StringKey.allCases.count) keys translated in "
                       + Language.allCases.map(\.rawValue).joined(separator: ", ") + "; placeholders match.")
        }
        return out
    }
}
