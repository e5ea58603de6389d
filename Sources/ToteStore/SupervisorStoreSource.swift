import ToteCore

/// The supervisor dashboard's `SupervisorSource` over a `FloorStore`, refreshing only after
/// commits: on SQLite a `ChangeDetector` reads the file's `data_version`; on PostgreSQL a
/// `PostgresChangeListener` hears the `tote_changes` notifications the schema's triggers send
/// at every commit that writes scans, orders, events or print jobs (no table is polled).
public final class SupervisorStoreSource: SupervisorSource {
    public let store: FloorStore
    private let changed: () throws -> Bool
    /// Kept alive for as long as the dashboard runs: it owns the listening connection.
    private let listener: PostgresChangeListener?

    public init(store: FloorStore) throws {
        self.store = store
        if let engine = store.postgresEngine {
            let listener = PostgresChangeListener(engine: engine)
            self.listener = listener
            changed = { listener.hasChanged() }
        } else {
            let detector = try ChangeDetector(path: store.path)
            listener = nil
            changed = { try detector.hasChanged() }
        }
    }

    deinit { listener?.close() }

    public func dashboardFacts(window: MetricsWindow, now: Int64, horizonSeconds: Int64,
                               staleAfterMillis: Int64) throws -> DashboardFacts {
        try store.dashboardFacts(window: window, now: now, horizonSeconds: horizonSeconds, staleAfterMillis: staleAfterMillis)
    }

    public func hasChanged() throws -> Bool { try changed() }

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
