import ToteCore

/// Everything the station shows, as a value: views read it, only reducers change it.
public struct AppState: Equatable, Sendable {
    public var screen: Screen = .queue
    public var width: Int
    public var height: Int
    public var queue = QueueState()
    public var work: WorkState?
    /// The cart being picked (cluster picking); nil otherwise. Never set together with `work`.
    public var cart: CartWalk?
    public var scanLine = ScanLine()
    public var status: StatusMessage?
    /// Milliseconds since 1970, advanced by input and ticks.
    public var nowMillis: Int64
    public var station: String
    public var packer: String
    public var storePath: String
    /// How the scan being handled was typed; set while a submitted scan is reduced, so every
    /// record it leads to carries it, and nil otherwise.
    public var scanMeta: ScanMeta?
    /// The order this station finished last: what REPRINT reprints.
    public var lastFinished: String?
    /// Printers the last pass over the print queue found not answering.
    public var offlinePrinters: [String] = []
    /// Whether the store's server answers, and how many offline steps wait to be sent; every
    /// screen shows a banner while it does not answer.
    public var link = StoreLink()
    /// Which language the screens speak; a badge sign-in may switch it (`AppEvent.packerLanguage`).
    public var languageChoice = LanguageChoice()

    /// The language in force: views and reducers read their texts through it.
    public var language: Language { languageChoice.language }
    /// Who signed in with a badge, with the role the reducer checks rights against; nil when
    /// nobody has (or on an open floor, where `packer` alone names the packer).
    public var user: User?
    /// True once the store is known to have users: rights are then checked (see `AppReducer.may`).
    /// False is an open floor (a store nobody has set users up in): every action is allowed.
    public var usersRequired = false
    /// A badge whose PIN is being typed on the scan line (shown masked), nil otherwise.
    public var pinFor: User?

    public init(width: Int = 80, height: Int = 24, nowMillis: Int64 = 0, station: String, packer: String,
                storePath: String) {
        self.width = width
        self.height = height
        self.nowMillis = nowMillis
        self.station = station
        self.packer = packer
        self.storePath = storePath
    }

    /// The design size; below it the station shows a notice instead of a cut-off screen.
    public static let minWidth = 80
    public static let minHeight = 24
    /// The pick screen also fits handheld RF terminals, in a compact layout down to this size.
    public static let compactMinWidth = 40
    public static let compactMinHeight = 16

    /// The smallest size the current screen can be drawn at.
    public var minimumSize: (width: Int, height: Int) {
        screen == .pick ? (Self.compactMinWidth, Self.compactMinHeight) : (Self.minWidth, Self.minHeight)
    }

    public var isTooSmall: Bool { width < minimumSize.width || height < minimumSize.height }

    /// True when the pick screen is drawn in its handheld layout.
    public var isCompact: Bool { width < Self.minWidth || height < Self.minHeight }

    /// Queue rows that fit between the header rows and the three bottom lines.
    public var queuePageSize: Int { max(1, height - 7) }
}

/// How one scan arrived: typing rhythm and the symbology the scanner announced.
public struct ScanMeta: Equatable, Sendable {
    /// Longest pause between two characters, milliseconds.
    public var maxGapMillis: Int64
    public var symbology: String?
}
