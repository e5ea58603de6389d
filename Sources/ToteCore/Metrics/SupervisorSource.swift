/// The supervisor dashboard's port to the store: aggregate reads, a cheap "did anything
/// change?" probe, and the supervisor's audited actions.
///
/// Units: `now` is milliseconds since 1970.
public protocol SupervisorSource: AnyObject {
    /// The facts for `window`, with due orders up to `horizonSeconds` (seconds since 1970) and
    /// claims silent for over `staleAfterMillis` reported as stale.
    func dashboardFacts(window: MetricsWindow, now: Int64, horizonSeconds: Int64, staleAfterMillis: Int64) throws -> DashboardFacts
    /// True when any connection committed since the previous call (the first call is true).
    func hasChanged() throws -> Bool
    /// Frees order `number`'s claim, or takes it off hold / out of exception back to the queue.
    func supervisorRelease(number: String, supervisor: String, now: Int64) throws
    /// Gives open order `number` to `station`.
    func supervisorReassign(number: String, to station: String, supervisor: String, now: Int64) throws
    /// Cancels order `number` (any open, held or exception order).
    func supervisorCancel(number: String, supervisor: String, now: Int64) throws
}
