/// All-time counters for the Prometheus endpoint, read from the store's aggregate tables.
public struct MetricsTotals: Equatable, Sendable {
    /// Orders and units packed per (station, packer).
    public struct Packed: Equatable, Sendable {
        public var station: String
        public var packer: String
        public var orders: Int
        public var units: Int

        public init(station: String, packer: String, orders: Int, units: Int) {
            self.station = station
            self.packer = packer
            self.orders = orders
            self.units = units
        }
    }

    public var packed: [Packed] = []
    /// Scans per outcome (`accepted`, `not_on_order`, …).
    public var scansByOutcome: [String: Int] = [:]
    /// Orders per status.
    public var queueDepth: [String: Int] = [:]
    /// Metres walked while picking: the sum of the orders' optimal pick walks.
    public var pickDistanceMetres: Double = 0
    /// Label print failures (0 until printing lands).
    public var labelPrintFailures = 0
    /// Orders forecast to miss today's cutoff.
    public var cutoffAtRisk = 0

    public init() {}
}
