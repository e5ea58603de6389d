import ToteCore

/// Which language the station speaks, and why: `--lang` beats the signed-in packer's language,
/// which beats the station's (`[station] language`, else the locale).
public struct LanguageChoice: Equatable, Sendable {
    /// `--lang` on the command line: nothing overrides it.
    public var forced: Language?
    /// The signed-in packer's language (from their badge); nil when none is known.
    public var packer: Language?
    /// The station's own language: config, else `LC_ALL`/`LC_MESSAGES`/`LANG`, else English.
    public var station: Language

    public init(forced: Language? = nil, packer: Language? = nil, station: Language = .en) {
        self.forced = forced
        self.packer = packer
        self.station = station
    }

    /// The language in force.
    public var language: Language { forced ?? packer ?? station }

    /// The station's language before any packer signs in: `--lang`, else config, else the
    /// locale variables (read at the edge and passed in), else English.
    public static func resolve(flag: Language?, config: Language?, lcAll: String?, lcMessages: String?,
                               lang: String?) -> LanguageChoice {
        LanguageChoice(forced: flag, station: config
                       ?? Language.fromEnvironment(lcAll: lcAll, lcMessages: lcMessages, lang: lang))
    }
}
