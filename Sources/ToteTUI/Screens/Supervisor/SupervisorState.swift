import ToteCore

/// Everything the supervisor dashboard shows, and nothing it does not: the view is a pure
/// function of this.
///
/// Units: `nowMillis`, `lastCheckMillis`, `lastLoadMillis` are milliseconds since 1970.
public struct SupervisorState: Equatable, Sendable {
    /// A question the supervisor is answering on the prompt row.
    public enum Pending: Equatable, Sendable {
        /// Typing the station to give `order` to.
        case reassign(order: String, station: String)
        /// Confirming the cancel of `order` with `y`.
        case cancel(order: String)
        /// Typing why `order`'s label is voided.
        case void(order: String, reason: String)
    }

    public var width: Int
    public var height: Int
    public var nowMillis: Int64
    public var supervisor: String
    public var storePath: String
    /// Hours of history the dashboard covers, ending now.
    public var shiftHours: Double
    public var panel: SupervisorPanel = .throughput
    public var dashboard: Dashboard?
    /// Row selected in the exceptions panel.
    public var selection = 0
    public var pending: Pending?
    public var status: StatusMessage?
    public var lastCheckMillis: Int64 = 0
    public var lastLoadMillis: Int64 = 0

    public init(nowMillis: Int64, supervisor: String, storePath: String, shiftHours: Double = 8,
                width: Int = 80, height: Int = 24) {
        self.nowMillis = nowMillis
        self.supervisor = supervisor
        self.storePath = storePath
        self.shiftHours = shiftHours
        self.width = width
        self.height = height
    }

    public var minimumSize: (width: Int, height: Int) { (80, 24) }
    public var isTooSmall: Bool { width < minimumSize.width || height < minimumSize.height }

    /// The exception the supervisor's actions apply to.
    public var selectedException: DashboardFacts.Exception? {
        guard let list = dashboard?.exceptions, list.indices.contains(selection) else { return nil }
        return list[selection]
    }
}
