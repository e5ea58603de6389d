import ToteCore

/// What the reducers read but never change: the catalogue, the layout, the router, texts.
public struct AppContext: Sendable {
    public var classifier: ScanClassifier
    public var layout: WarehouseLayout
    public var router: PickRouter
    public var strings: Strings
    /// A lone key with nothing after it for this long is a hotkey, milliseconds.
    public var hotkeyWindowMillis: Int64
    /// Seconds east of UTC used to show times.
    public var utcOffsetSeconds: Int
    /// True when the scanner ends a scan with Tab instead of Enter. Enter always submits, so
    /// typing by hand works either way.
    public var tabEndsScan: Bool
    /// What a confirmed short pick does to the order (`[picking] short_pick`).
    public var shortPickMode: ShortPickMode

    /// Exact walking distances on the layout's aisle graph, for "distance left".
    public var geometry: AisleGeometry

    /// Pack rules (inserts, materials, gift cards, instructions); `.empty` packs lines only.
    public var rules: RuleSet = .empty
    /// Configured cartons and the weight tolerance; nil means no carton step.
    public var cartons: CartonConfig?
    /// True when every parcel is weighed before it closes.
    public var weighParcels = false
    /// Carriers and their services, for the service line of the pack screen; nil hides it.
    public var carriers: CarrierConfig?
    /// Totes on a picking cart: how many orders a cart label claims at once.
    public var cartTotes = 4

    public init(catalog: Catalog, layout: WarehouseLayout, scanGrammar: ScanGrammarConfig = ScanGrammarConfig(),
                router: PickRouter = OptimalPickRouter(),
                strings: Strings = .english, hotkeyWindowMillis: Int64 = 30, utcOffsetSeconds: Int = 0,
                tabEndsScan: Bool = false, shortPickMode: ShortPickMode = .exception) {
        classifier = ScanClassifier(catalog: catalog, config: scanGrammar)
        self.layout = layout
        geometry = AisleGeometry(layout: layout)
        self.router = router
        self.strings = strings
        self.hotkeyWindowMillis = hotkeyWindowMillis
        self.utcOffsetSeconds = utcOffsetSeconds
        self.tabEndsScan = tabEndsScan
        self.shortPickMode = shortPickMode
    }

    public var catalog: Catalog { classifier.catalog }

    /// This context with its texts in `language`; itself when they already are.
    public func speaking(_ language: Language) -> AppContext {
        guard strings.language != language else { return self }
        var copy = self
        copy.strings = Strings(language: language)
        return copy
    }
}
