import ToteCore

/// What happens to the dashboard: input, time, and the answers of its effects.
public enum SupervisorEvent: Equatable, Sendable {
    case started
    case input(TerminalInput, atMillis: Int64)
    /// Time passed (ms since 1970).
    case tick(atMillis: Int64)
    /// Some connection committed to the store: the aggregates must be read again.
    case storeChanged
    case loaded(Dashboard)
    /// A supervisor action committed; `message` says what was done.
    case actionDone(StatusMessage)
    case failed(String)
}
