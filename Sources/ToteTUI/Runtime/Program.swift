import ToteCore

/// The station's event loop: input → reducer → effects → events → … → one draw per batch.
///
/// One thread owns the terminal. Effects run synchronously in order, so a scan's count is
/// shown only after the store has committed it.
public final class Program {
    private let reducer: AppReducer
    private let view: AppView
    private let runner: EffectRunner
    private let terminal: TerminalBackend
    private let clock: Clock
    public private(set) var state: AppState
    private var quitting = false
    /// Set from signal handlers; checked between input batches.
    nonisolated(unsafe) public static var stopRequested: Int32 = 0

    public init(state: AppState, context: AppContext, runner: EffectRunner, terminal: TerminalBackend, clock: Clock) {
        self.state = state
        reducer = AppReducer(context: context)
        view = AppView(context: context)
        self.runner = runner
        self.terminal = terminal
        self.clock = clock
    }

    /// Runs until F10 or a stop signal. The caller restores the terminal (`terminal.stop()`).
    public func run() {
        let size = terminal.size
        send(.input(.resized(width: size.width, height: size.height), atMillis: clock.nowMillis()))
        send(.started)
        draw()
        while !quitting && Program.stopRequested == 0 {
            // While one lone character waits, look again soon: it may be a hotkey.
            let waiting = state.scanLine.buffer.count == 1
            let timeout = waiting ? Int(reducer.context.hotkeyWindowMillis) : 250
            let inputs = terminal.read(timeoutMillis: timeout)
            for input in inputs { send(.input(input, atMillis: clock.nowMillis())) }
            send(.tick(atMillis: clock.nowMillis()))
            draw()
        }
    }

    /// Feeds one event through the reducer and runs the effects it asks for, to completion.
    public func send(_ event: AppEvent) {
        var pending = [event]
        while !pending.isEmpty {
            let next = pending.removeFirst()
            for effect in reducer.reduce(&state, next) {
                switch effect {
                case .beep: terminal.beep()
                case .quit: quitting = true
                default: pending += runner.run(effect)
                }
            }
        }
    }

    private func draw() {
        terminal.draw(view.render(state), cursor: view.cursor(state))
    }
}
