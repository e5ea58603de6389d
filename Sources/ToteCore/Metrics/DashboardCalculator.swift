/// Turns the store's `DashboardFacts` into a `Dashboard`: pure, no clock, no I/O.
///
/// Rates divide by the window's length in hours (`window.to` is "now" on a live dashboard);
/// the last hour is `[now − 1 h, now)`. The cutoff forecast uses the stations that scanned in the
/// last `activeWithinMillis` as packers and, per packer, the shift's average time per order
/// (first claim to packed), or the labour standard for an average order when nothing was packed.
public struct DashboardCalculator: Sendable {
    public var standards: LabourStandards
    public var utcOffsetSeconds: Int
    /// A station counts as working when it scanned within this many milliseconds.
    public var activeWithinMillis: Int64

    public init(standards: LabourStandards = LabourStandards(), utcOffsetSeconds: Int = 0,
                activeWithinMillis: Int64 = 900_000) {
        self.standards = standards
        self.utcOffsetSeconds = utcOffsetSeconds
        self.activeWithinMillis = activeWithinMillis
    }

    /// The statuses the queue panel lists, in this order.
    public static let queueStatuses: [OrderStatus] = [.new, .picking, .picked, .packing, .onHold, .exception]

    public func compute(_ facts: DashboardFacts, window: MetricsWindow, now: Int64) -> Dashboard {
        let lastHour = MetricsWindow(from: now - 3_600_000, to: now)
        let stationRows = rows(.station, facts, window: window, lastHour: lastHour, now: now, key: \.station)
        let packerRows = rows(.packer, facts, window: window, lastHour: lastHour, now: now, key: \.packer)
        var total = ThroughputRow(kind: .total, name: "")
        fill(&total, packed: facts.packed, scans: facts.shiftScans, window: window, lastHour: lastHour)
        total.idleMinutes = 0

        let working = facts.stations.filter { s in s.lastScanAt.map { now - $0 <= activeWithinMillis } ?? false }.count
        let forecast = CutoffForecast(orders: facts.dueOrders, nowSeconds: now / 1000, packers: working,
                                      secondsPerOrder: secondsPerOrder(facts.packed))

        var dashboard = Dashboard(now: now, window: window, total: total, forecast: forecast)
        dashboard.stations = stationRows
        dashboard.packers = packerRows
        dashboard.statusCounts = Self.queueStatuses.map {
            Dashboard.StatusCount(status: $0.rawValue, orders: facts.statusCounts[$0.rawValue] ?? 0)
        }
        dashboard.carriers = facts.carriers.sorted { ($0.carrier, $0.service) < ($1.carrier, $1.service) }
        dashboard.exceptions = facts.exceptions.sorted { ($0.kind, $0.order) < ($1.kind, $1.order) }
        dashboard.quarterHours = QuarterHourBuckets.counts(facts.packed.map(\.packedAt), window: window,
                                                           utcOffsetSeconds: utcOffsetSeconds)
        dashboard.stationQuarterHours = stationRows.map { row in
            (station: row.name, counts: QuarterHourBuckets.counts(facts.packed.filter { $0.station == row.name }.map(\.packedAt),
                                                 window: window, utcOffsetSeconds: utcOffsetSeconds))
        }
        dashboard.labelPrintFailures = facts.labelPrintFailures
        return dashboard
    }

    /// Seconds one packer spends per order: the shift's average work time, else the standard
    /// for the shift's average order (or for 2 bins and 3 units when nothing was packed).
    public func secondsPerOrder(_ packed: [DashboardFacts.PackedOrder]) -> Double {
        let timed = packed.compactMap(\.workMillis).filter { $0 > 0 }
        if !timed.isEmpty { return Double(timed.reduce(0, +)) / Double(timed.count) / 1000 }
        guard !packed.isEmpty else { return standards.earnedSeconds(orders: 1, bins: 2, units: 3, metres: 0) }
        let n = Double(packed.count)
        return standards.secondsPerOrder + standards.secondsPerBin * Double(packed.map(\.bins).reduce(0, +)) / n
            + standards.secondsPerUnit * Double(packed.map(\.units).reduce(0, +)) / n
    }

    private func rows(_ kind: ThroughputRow.Kind, _ facts: DashboardFacts, window: MetricsWindow,
                      lastHour: MetricsWindow, now: Int64, key: KeyPath<DashboardFacts.PackedOrder, String>) -> [ThroughputRow] {
        let scanKey: (DashboardFacts.ScanActivity) -> String = kind == .station ? { $0.station } : { $0.packer }
        let stationKey: (DashboardFacts.Station) -> String = kind == .station ? { $0.station } : { $0.packer }
        var names = Set(facts.packed.map { $0[keyPath: key] })
        names.formUnion(facts.shiftScans.map(scanKey))
        names.formUnion(facts.stations.map(stationKey))
        names.remove("")
        return names.sorted().map { name in
            var row = ThroughputRow(kind: kind, name: name)
            fill(&row, packed: facts.packed.filter { $0[keyPath: key] == name },
                 scans: facts.shiftScans.filter { scanKey($0) == name }, window: window, lastHour: lastHour)
            let here = facts.stations.filter { stationKey($0) == name }
            if let last = here.compactMap(\.lastScanAt).max() { row.idleNowMillis = max(0, now - last) }
            if kind == .station, let packer = here.first?.packer, !packer.isEmpty { row.packer = packer }
            if let current = here.first(where: { $0.currentOrder != nil }) {
                row.currentOrder = current.currentOrder
                row.openMillis = current.openedAt.map { max(0, now - $0) }
            }
            return row
        }
    }

    private func fill(_ row: inout ThroughputRow, packed: [DashboardFacts.PackedOrder],
                      scans: [DashboardFacts.ScanActivity], window: MetricsWindow, lastHour: MetricsWindow) {
        let inWindow = packed.filter { window.contains($0.packedAt) }
        row.orders = inWindow.count
        row.units = inWindow.map(\.units).reduce(0, +)
        row.lines = inWindow.map(\.lines).reduce(0, +)
        row.bins = inWindow.map(\.bins).reduce(0, +)
        let recent = packed.filter { lastHour.contains($0.packedAt) }
        row.ordersLastHour = recent.count
        row.unitsLastHour = recent.map(\.units).reduce(0, +)
        row.linesLastHour = recent.map(\.lines).reduce(0, +)
        let hours = window.hours
        if hours > 0 {
            row.ordersPerHour = Double(row.orders) / hours
            row.unitsPerHour = Double(row.units) / hours
            row.linesPerHour = Double(row.lines) / hours
        }
        row.avgPickSeconds = Self.average(inWindow.compactMap(\.pickMillis))
        row.avgPackSeconds = Self.average(inWindow.compactMap(\.packMillis))
        row.scans = scans.map(\.scans).reduce(0, +)
        row.misScans = scans.map(\.misScans).reduce(0, +)
        row.idleMinutes = scans.map { $0.spanMinutes - $0.activeMinutes }.reduce(0, +)
        row.earnedSeconds = standards.earnedSeconds(orders: row.orders, bins: row.bins, units: row.units,
                                                    metres: inWindow.map(\.metres).reduce(0, +))
        row.spentSeconds = Double(inWindow.compactMap(\.workMillis).reduce(0, +)) / 1000
    }

    /// Mean of millisecond durations, in seconds; nil when empty.
    static func average(_ millis: [Int64]) -> Double? {
        millis.isEmpty ? nil : Double(millis.reduce(0, +)) / Double(millis.count) / 1000
    }
}
