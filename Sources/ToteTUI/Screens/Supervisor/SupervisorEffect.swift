/// What the dashboard's reducer asks the runner (or the terminal) to do.
///
/// Units: `now` milliseconds since 1970; `shiftHours` hours.
public enum SupervisorEffect: Equatable, Sendable {
    /// Ask the store whether anyone committed (PRAGMA data_version); answers `.storeChanged`.
    case checkForChanges
    /// Read the aggregates for the shift ending at `now`; answers `.loaded`.
    case load(now: Int64, shiftHours: Double)
    case release(order: String)
    case reassign(order: String, station: String)
    case cancel(order: String)
    /// REPRINT a label, or VOID its tracking number with the supervisor's reason.
    case reprint(order: String)
    case void(order: String, reason: String)
    case beep
    case quit
}
