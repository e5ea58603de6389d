/// Everything the supervisor screens, the shift report and the metrics endpoint show, computed
/// from `DashboardFacts` by `DashboardCalculator`.
///
/// Units: `now` milliseconds since 1970; chart buckets are 15 minutes each, the first one holding
/// `window.from`.
public struct Dashboard: Equatable, Sendable {
    /// Orders in one status.
    public struct StatusCount: Equatable, Sendable {
        public var status: String
        public var orders: Int
    }

    public var now: Int64
    public var window: MetricsWindow
    public var stations: [ThroughputRow] = []
    public var packers: [ThroughputRow] = []
    public var total: ThroughputRow
    /// Open statuses first (queue order), then holds and exceptions; zero counts kept.
    public var statusCounts: [StatusCount] = []
    public var carriers: [DashboardFacts.CarrierCount] = []
    public var forecast: CutoffForecast
    public var exceptions: [DashboardFacts.Exception] = []
    /// Orders packed per quarter hour over the window.
    public var quarterHours: [Int] = []
    /// The same per station, stations in name order.
    public var stationQuarterHours: [(station: String, counts: [Int])] = []

    public var labelPrintFailures = 0

    public init(now: Int64, window: MetricsWindow, total: ThroughputRow, forecast: CutoffForecast) {
        self.now = now
        self.window = window
        self.total = total
        self.forecast = forecast
    }

    public static func == (l: Dashboard, r: Dashboard) -> Bool {
        l.now == r.now && l.window == r.window && l.stations == r.stations && l.packers == r.packers
            && l.total == r.total && l.statusCounts == r.statusCounts && l.carriers == r.carriers
            && l.forecast == r.forecast && l.exceptions == r.exceptions && l.quarterHours == r.quarterHours
            && l.stationQuarterHours.map(\.station) == r.stationQuarterHours.map(\.station)
            && l.stationQuarterHours.map(\.counts) == r.stationQuarterHours.map(\.counts)
            && l.labelPrintFailures == r.labelPrintFailures
    }
}
