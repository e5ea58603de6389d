/// A full-screen program the terminal loop can drive: the station, the supervisor dashboard.
///
/// The app owns its state, reducer and effect runner; the loop owns the terminal. Keeping the
/// two apart lets every app share one loop, one backend and one way of stopping.
public protocol TerminalApp: AnyObject {
    /// Called once, after the first `handle` has told the app its size: load what the first
    /// screen shows.
    func start(atMillis: Int64) -> [TerminalRequest]
    /// Handles one input (or, with nil, the passing of time) at `atMillis` (ms since 1970) and
    /// runs whatever it leads to. Returns what the terminal must do.
    func handle(_ input: TerminalInput?, atMillis: Int64) -> [TerminalRequest]
    /// The screen for the current state.
    func render() -> Grid
    /// Where the cursor goes, or nil to hide it.
    func cursor() -> (x: Int, y: Int)?
    /// How long the loop may wait for input before calling `handle(nil, …)`, milliseconds.
    var pollMillis: Int { get }
}

/// What an app asks of the terminal.
public enum TerminalRequest: Equatable, Sendable {
    case beep
    case quit
}

/// Set from signal handlers (SIGINT, SIGTERM, SIGHUP) to the signal's number; the loop stops
/// at its next batch.
public enum StopSignal {
    nonisolated(unsafe) public static var requested: Int32 = 0
}
