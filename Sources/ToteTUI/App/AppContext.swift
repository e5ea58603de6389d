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

    /// Exact walking distances on the layout's aisle graph, for "distance left".
    public var geometry: AisleGeometry

    public init(catalog: Catalog, layout: WarehouseLayout, scanGrammar: ScanGrammarConfig = ScanGrammarConfig(),
                router: PickRouter = OptimalPickRouter(),
                strings: Strings = .english, hotkeyWindowMillis: Int64 = 30, utcOffsetSeconds: Int = 0,
                tabEndsScan: Bool = false) {
        classifier = ScanClassifier(catalog: catalog, config: scanGrammar)
        self.layout = layout
        geometry = AisleGeometry(layout: layout)
        self.router = router
        self.strings = strings
        self.hotkeyWindowMillis = hotkeyWindowMillis
        self.utcOffsetSeconds = utcOffsetSeconds
        self.tabEndsScan = tabEndsScan
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
