/// One station's or one packer's figures for the dashboard and the shift report.
///
/// Units: rates per hour; `avg*Seconds`, `earnedSeconds`, `spentSeconds` in seconds;
/// `idleMinutes` whole minutes; `idleNowMillis` and `openMillis` milliseconds.
public struct ThroughputRow: Equatable, Sendable {
    public enum Kind: String, Sendable { case station, packer, total }

    public var kind: Kind
    public var name: String
    /// For a station: the packer of its last scan.
    public var packer: String?
    /// Orders, units and lines packed in the window.
    public var orders = 0
    public var units = 0
    public var lines = 0
    public var bins = 0
    /// Orders packed in the last hour before now.
    public var ordersLastHour = 0
    public var unitsLastHour = 0
    public var linesLastHour = 0
    /// Per hour over the whole window (the shift so far).
    public var ordersPerHour = 0.0
    public var unitsPerHour = 0.0
    public var linesPerHour = 0.0
    public var avgPickSeconds: Double?
    public var avgPackSeconds: Double?
    public var scans = 0
    /// Scans not accepted.
    public var misScans = 0
    /// Mis-scans per 100 scans; nil without scans.
    public var misScansPer100: Double? { scans > 0 ? Double(misScans) * 100 / Double(scans) : nil }
    /// Minutes between the first and the last scan of the window without any scan.
    public var idleMinutes = 0
    /// Since the last scan, for stations and packers with a scan; nil otherwise.
    public var idleNowMillis: Int64?
    public var currentOrder: String?
    /// How long the current order has been open.
    public var openMillis: Int64?
    /// Standard seconds earned for the orders packed.
    public var earnedSeconds = 0.0
    /// Seconds spent on those orders (first claim to packed).
    public var spentSeconds = 0.0
    /// Earned over spent; nil when nothing was spent.
    public var productivity: Double? { LabourStandards.productivity(earnedSeconds: earnedSeconds, spentSeconds: spentSeconds) }

    public init(kind: Kind, name: String) {
        self.kind = kind
        self.name = name
    }
}
