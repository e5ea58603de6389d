import ToteCore

/// The supervisor dashboard's `SupervisorSource` over a `FloorStore`, with a
/// `ChangeDetector` so refreshes happen only after commits.
public final class SupervisorStoreSource: SupervisorSource {
    public let store: FloorStore
    private let detector: ChangeDetector

    public init(store: FloorStore) throws {
        self.store = store
        detector = try ChangeDetector(path: store.path)
    }

    public func dashboardFacts(window: MetricsWindow, now: Int64, horizonSeconds: Int64,
                               staleAfterMillis: Int64) throws -> DashboardFacts {
        try store.dashboardFacts(window: window, now: now, horizonSeconds: horizonSeconds, staleAfterMillis: staleAfterMillis)
    }

    public func hasChanged() throws -> Bool { try detector.hasChanged() }

    public func supervisorRelease(number: String, supervisor: String, now: Int64) throws {
        try store.supervisorRelease(number: number, supervisor: supervisor, now: now)
    }

    public func supervisorReassign(number: String, to station: String, supervisor: String, now: Int64) throws {
        try store.supervisorReassign(number: number, to: station, supervisor: supervisor, now: now)
    }

    public func supervisorCancel(number: String, supervisor: String, now: Int64) throws {
        try store.supervisorCancel(number: number, supervisor: supervisor, now: now)
    }
}
