/// The raw numbers the store hands the dashboard for one refresh: already restricted to the
/// shift window and aggregated where that is cheap in SQL. `DashboardCalculator` turns them
/// into what the screens show.
///
/// Units: `*At` fields are milliseconds since 1970 except `OpenOrder.shipBy` (seconds, as on
/// `Order`); `*Millis` fields are durations in milliseconds.
public struct DashboardFacts: Equatable, Sendable {
    /// One order packed inside the window.
    public struct PackedOrder: Equatable, Sendable {
        public var number: String
        public var station: String
        /// The packer of the order's last scan ("" when it has none).
        public var packer: String
        public var packedAt: Int64
        /// First claim to packed; nil when the claim was not logged.
        public var workMillis: Int64?
        /// First claim to picked; nil when unknown.
        public var pickMillis: Int64?
        /// Start of packing to packed; nil when unknown.
        public var packMillis: Int64?
        public var lines: Int
        public var units: Int
        /// Distinct bins visited.
        public var bins: Int
        /// Metres of the order's pick walk (0 when not recorded).
        public var metres: Double

        public init(number: String, station: String, packer: String, packedAt: Int64, workMillis: Int64? = nil,
                    pickMillis: Int64? = nil, packMillis: Int64? = nil, lines: Int, units: Int, bins: Int,
                    metres: Double = 0) {
            self.metres = metres
            self.number = number
            self.station = station
            self.packer = packer
            self.packedAt = packedAt
            self.workMillis = workMillis
            self.pickMillis = pickMillis
            self.packMillis = packMillis
            self.lines = lines
            self.units = units
            self.bins = bins
        }
    }

    /// Scans one station/packer pair logged inside a window.
    public struct ScanActivity: Equatable, Sendable {
        public var station: String
        public var packer: String
        public var scans: Int
        /// Scans whose outcome was not `accepted`.
        public var misScans: Int
        /// Distinct minutes with at least one scan.
        public var activeMinutes: Int
        /// Minutes from the first scanned minute to the last, both included (≥ `activeMinutes`).
        public var spanMinutes: Int

        public init(station: String, packer: String, scans: Int, misScans: Int, activeMinutes: Int,
                    spanMinutes: Int? = nil) {
            self.station = station
            self.packer = packer
            self.scans = scans
            self.misScans = misScans
            self.activeMinutes = activeMinutes
            self.spanMinutes = max(spanMinutes ?? activeMinutes, activeMinutes)
        }
    }

    /// A station seen in the window, with what it holds now.
    public struct Station: Equatable, Sendable {
        public var station: String
        public var packer: String
        public var lastScanAt: Int64?
        public var currentOrder: String?
        /// When the current order was first claimed.
        public var openedAt: Int64?

        public init(station: String, packer: String, lastScanAt: Int64?, currentOrder: String? = nil,
                    openedAt: Int64? = nil) {
            self.station = station
            self.packer = packer
            self.lastScanAt = lastScanAt
            self.currentOrder = currentOrder
            self.openedAt = openedAt
        }
    }

    /// An open order due by the forecast horizon (for the cutoff forecast).
    public struct OpenOrder: Equatable, Sendable {
        public var number: String
        /// Seconds since 1970: the order's carrier cutoff.
        public var shipBy: Int64
        public var claimedBy: String?

        public init(number: String, shipBy: Int64, claimedBy: String? = nil) {
            self.number = number
            self.shipBy = shipBy
            self.claimedBy = claimedBy
        }
    }

    /// Open orders of one carrier and service.
    public struct CarrierCount: Equatable, Sendable {
        public var carrier: String
        public var service: String
        public var orders: Int

        public init(carrier: String, service: String, orders: Int) {
            self.carrier = carrier
            self.service = service
            self.orders = orders
        }
    }

    /// One thing a supervisor may act on.
    public struct Exception: Equatable, Sendable {
        public var kind: ExceptionKind
        public var order: String
        public var station: String?
        /// When it happened or was last heard of.
        public var at: Int64?

        public init(kind: ExceptionKind, order: String, station: String? = nil, at: Int64? = nil) {
            self.kind = kind
            self.order = order
            self.station = station
            self.at = at
        }
    }

    public var packed: [PackedOrder] = []
    public var shiftScans: [ScanActivity] = []
    public var hourScans: [ScanActivity] = []
    public var stations: [Station] = []
    /// Orders per status name (`OrderStatus.rawValue`), open statuses plus holds and exceptions.
    public var statusCounts: [String: Int] = [:]
    public var carriers: [CarrierCount] = []
    /// Open orders with `shipBy` up to the horizon asked for, earliest first.
    public var dueOrders: [OpenOrder] = []
    public var exceptions: [Exception] = []
    /// Label print failures in the window (0 until printing lands).
    public var labelPrintFailures: Int = 0

    public init() {}
}
