import ToteCore

/// The supervisor dashboard as a terminal app: reducer, view and runner together, driven by
/// the same `TerminalLoop` as the station.
public final class SupervisorApp: TerminalApp {
    private let reducer: SupervisorReducer
    private let view: SupervisorView
    private let runner: SupervisorRunner
    public private(set) var state: SupervisorState

    public init(state: SupervisorState, runner: SupervisorRunner, view: SupervisorView,
                reducer: SupervisorReducer = SupervisorReducer()) {
        self.state = state
        self.runner = runner
        self.view = view
        self.reducer = reducer
    }

    /// Wakes four times a second to look for commits (a cheap PRAGMA, no table read).
    public var pollMillis: Int { 250 }

    public func handle(_ input: TerminalInput?, atMillis: Int64) -> [TerminalRequest] {
        send(input.map { .input($0, atMillis: atMillis) } ?? .tick(atMillis: atMillis))
    }

    public func start(atMillis: Int64) -> [TerminalRequest] { send(.started) }

    public func render() -> Grid { view.render(state) }
    public func cursor() -> (x: Int, y: Int)? { view.cursor(state) }

    /// Feeds one event through the reducer and runs its effects to completion.
    @discardableResult
    public func send(_ event: SupervisorEvent) -> [TerminalRequest] {
        EffectLoop.drain(event, reduce: { reducer.reduce(&state, $0) }, request: { effect -> TerminalRequest? in
            switch effect {
            case .beep: return .beep
            case .quit: return .quit
            default: return nil
            }
        }, run: { runner.run($0, now: state.nowMillis) })
    }
}
