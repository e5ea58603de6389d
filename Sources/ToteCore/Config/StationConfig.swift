/// Settings of one pick-and-pack station, read from `config/station.toml`.
///
/// Every key is optional; a missing file section means "use the defaults". Unknown keys are
/// errors rather than ignored, so a typo cannot silently leave a default in force.
public struct StationConfig: Equatable, Sendable {
    /// Which key the scanner sends after a barcode.
    public enum Terminator: String, Equatable, Sendable, CaseIterable {
        case enter
        case tab
    }

    /// Station id shown on the status line; claims on orders are held per station id.
    /// 1–16 characters of `A–Z a–z 0–9 _ -`.
    public var id: String
    /// Default packer name until badge sign-in exists.
    public var packer: String
    /// Label spool folder; a relative path is relative to the store's folder.
    public var spoolDirectory: String
    public var terminator: Terminator
    /// A lone key with nothing after it within this many milliseconds is a hotkey, not the
    /// start of a scan.
    public var hotkeyWindowMilliseconds: Int
    /// False forces monochrome output (`NO_COLOR` is honoured separately by the UI).
    public var color: Bool
    /// Name (in `config/printers.toml`) of the printer for shipping labels; nil = none configured.
    public var labelPrinter: String?
    /// Name of the printer for packing slips and pick lists; nil = no slip is printed.
    public var documentPrinter: String?
    /// True when every parcel is weighed at the pack station before it closes (`[packing] weigh`).
    public var weighParcels = true
    /// How scans are read: patterns for totes, cartons, badges and order numbers, the GS
    /// substitute, and prefixes/suffixes to strip (`[scanner]` keys).
    public var scanGrammar = ScanGrammarConfig()
    /// What a confirmed short pick does to the order (`[picking] short_pick`).
    public var shortPickMode: ShortPickMode = .exception
    /// Totes on a picking cart, so orders a cart label claims at once (`[picking] cart_totes`).
    public var cartTotes = 4
    public static let cartTotesRange = 1...24
    /// `[station] language`: what the screens speak when neither `--lang` nor the signed-in
    /// packer chooses; nil = follow the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`).
    public var language: Language?
    /// `[documents] language`: the shop's language for packing slips and pick lists; nil = the
    /// station's language. Shipping labels always stay in the carrier's form.
    public var documentLanguage: Language?
    /// `[documents] follow_ship_to`: print the slip in the ship-to country's language when the
    /// station speaks it (see `Language.spokenIn(country:)`), else in `documentLanguage`.
    public var documentsFollowShipTo = false

    /// Accepted range for `hotkey_window_ms`: below 1 ms every key would be a hotkey, above a
    /// second the UI would feel stuck waiting.
    public static let hotkeyWindowRange = 1...1000

    public init(id: String = "PACK-01", packer: String = "packer", spoolDirectory: String = "spool",
                terminator: Terminator = .enter, hotkeyWindowMilliseconds: Int = 30, color: Bool = true) {
        self.id = id
        self.packer = packer
        self.spoolDirectory = spoolDirectory
        self.terminator = terminator
        self.hotkeyWindowMilliseconds = hotkeyWindowMilliseconds
        self.color = color
    }

    /// True for 1–16 characters of `A–Z a–z 0–9 _ -`: the id is printed in fixed-width
    /// columns and used as a database key, so it stays short and plain.
    public static func isValidID(_ id: String) -> Bool {
        (1...16).contains(id.unicodeScalars.count) && id.utf8.allSatisfy(TOMLScanner.isBareKeyByte)
    }

    private static let keys: [String: [String]] = [
        "station": ["id", "packer", "language"],
        "spool": ["dir"],
        "scanner": ["terminator", "hotkey_window_ms", "gs_substitute", "strip_prefixes", "strip_suffixes",
                    "tote_patterns", "carton_patterns", "badge_patterns", "order_patterns"],
        "display": ["color"],
        "printers": ["label", "document"],
        "packing": ["weigh"],
        "picking": ["short_pick", "cart_totes"],
        "documents": ["language", "follow_ship_to"],
    ]
    private static let sectionOrder = ["station", "spool", "scanner", "display", "printers", "packing", "picking",
                                       "documents"]

    /// Parses a station config file.
    /// - Parameters:
    ///   - text: the file contents.
    ///   - file: the name used in error messages, e.g. `config/station.toml`.
    /// - Throws: `ConfigError` with file and line for syntax errors, unknown sections or keys
    ///   (with a suggestion when one is close), wrong types and invalid values.
    public static func parse(_ text: String, file: String) throws(ConfigError) -> StationConfig {
        let root = try TOMLParser.parse(text, file: file)
        try ConfigSection.checkSections(of: root, file: file, known: sectionOrder, keysBySection: keys)
        var config = StationConfig()

        let station = try ConfigSection("station", in: root, file: file)
        try station.checkKeys(keys["station"]!)
        if let id = try station.string("id") {
            guard isValidID(id) else {
                throw station.error("id", "id must be 1–16 characters of letters, digits, _ or - "
                                    + "(got \(TOMLValue(.string(id), line: 0).snippet)), e.g. \"PACK-01\"")
            }
            config.id = id
        }
        if let packer = try station.string("packer") {
            guard !packer.allSatisfy(\.isWhitespace) else {
                throw station.error("packer", "packer must not be empty; write a name, e.g. packer = \"Ana\"")
            }
            config.packer = packer
        }
        config.language = try language(in: station)

        let spool = try ConfigSection("spool", in: root, file: file)
        try spool.checkKeys(keys["spool"]!)
        if let dir = try spool.string("dir") {
            guard !dir.allSatisfy(\.isWhitespace) else {
                throw spool.error("dir", "dir must not be empty; write a folder, e.g. dir = \"spool\"")
            }
            config.spoolDirectory = dir
        }

        let scanner = try ConfigSection("scanner", in: root, file: file)
        try scanner.checkKeys(keys["scanner"]!)
        if let terminator = try scanner.choice("terminator", allowed: "\"enter\" or \"tab\"",
                                               choices: Terminator.allCases.map(\.rawValue), Terminator.init(rawValue:)) {
            config.terminator = terminator
        }
        if let window = try scanner.integer("hotkey_window_ms") {
            guard hotkeyWindowRange.contains(window) else {
                throw scanner.error("hotkey_window_ms", "hotkey_window_ms must be between "
                                    + "\(hotkeyWindowRange.lowerBound) and \(hotkeyWindowRange.upperBound) "
                                    + "(got \(window)); 30 suits most USB scanners")
            }
            config.hotkeyWindowMilliseconds = window
        }

        config.scanGrammar = try scanGrammar(scanner)

        let display = try ConfigSection("display", in: root, file: file)
        try display.checkKeys(keys["display"]!)
        if let color = try display.bool("color") { config.color = color }

        let printers = try ConfigSection("printers", in: root, file: file)
        try printers.checkKeys(keys["printers"]!)
        for key in ["label", "document"] {
            guard let name = try printers.string(key) else { continue }
            guard !name.allSatisfy(\.isWhitespace) else {
                throw printers.error(key, "\(key) must name a printer from config/printers.toml, e.g. \(key) = \"zebra-1\"")
            }
            if key == "label" { config.labelPrinter = name } else { config.documentPrinter = name }
        }

        let packing = try ConfigSection("packing", in: root, file: file)
        try packing.checkKeys(keys["packing"]!)
        if let weigh = try packing.bool("weigh") { config.weighParcels = weigh }

        let picking = try ConfigSection("picking", in: root, file: file)
        try picking.checkKeys(keys["picking"]!)
        if let mode = try picking.choice("short_pick", allowed: "\"exception\" or \"partial\"",
                                         choices: ShortPickMode.allCases.map(\.rawValue), ShortPickMode.init(rawValue:)) {
            config.shortPickMode = mode
        }
        if let totes = try picking.integer("cart_totes") {
            guard cartTotesRange.contains(totes) else {
                throw picking.error("cart_totes", "cart_totes must be between \(cartTotesRange.lowerBound) and "
                                    + "\(cartTotesRange.upperBound) (got \(totes)): the totes on one picking cart")
            }
            config.cartTotes = totes
        }

        let documents = try ConfigSection("documents", in: root, file: file)
        try documents.checkKeys(keys["documents"]!)
        config.documentLanguage = try language(in: documents)
        if let follow = try documents.bool("follow_ship_to") { config.documentsFollowShipTo = follow }
        return config
    }

    /// The section's `language` key, refused (with the codes the station speaks) when unknown.
    private static func language(in section: ConfigSection) throws(ConfigError) -> Language? {
        try section.choice("language", allowed: "one of \(Language.codeList)", choices: Language.allCases.map(\.rawValue),
                           Language.init(code:))
    }

    /// The `[scanner]` keys that shape the barcode grammar.
    private static func scanGrammar(_ scanner: ConfigSection) throws(ConfigError) -> ScanGrammarConfig {
        var grammar = ScanGrammarConfig()
        if let gs = try scanner.string("gs_substitute") {
            let scalars = Array(gs.unicodeScalars)
            guard scalars.count == 1, scalars[0].value > 0x20, scalars[0].value < 0x7F else {
                throw scanner.error("gs_substitute", "gs_substitute must be one printable ASCII character the scanner "
                                    + "sends instead of GS (0x1D), e.g. gs_substitute = \"~\"")
            }
            grammar.gsSubstitute = scalars[0]
        }
        if let prefixes = try scanner.strings("strip_prefixes") { grammar.stripPrefixes = prefixes }
        if let suffixes = try scanner.strings("strip_suffixes") { grammar.stripSuffixes = suffixes }
        func patterns(_ key: String) throws(ConfigError) -> [ScanPattern]? {
            guard let sources = try scanner.strings(key) else { return nil }
            var out: [ScanPattern] = []
            for source in sources {
                do {
                    out.append(try ScanPattern(source))
                } catch {
                    throw scanner.error(key, "\(key): \(error.description)")
                }
            }
            return out
        }
        if let p = try patterns("tote_patterns") { grammar.totePatterns = p }
        if let p = try patterns("carton_patterns") { grammar.cartonPatterns = p }
        if let p = try patterns("badge_patterns") { grammar.badgePatterns = p }
        if let p = try patterns("order_patterns") { grammar.orderPatterns = p }
        return grammar
    }
}
