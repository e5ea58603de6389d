import ToteCore

/// The pick-and-pack station as a terminal app: reducer, view and effect runner together.
///
/// Effects run synchronously in order, so a scan's count is shown only after the store has
/// committed it.
public final class StationApp: TerminalApp {
    private let reducer: AppReducer
    private let view: AppView
    private let runner: EffectRunner
    public private(set) var state: AppState
    private var lastPrintPass: Int64 = 0
    /// How often the loop retries the print queue and looks for shop changes to the held
    /// order, milliseconds.
    static let printPassMillis: Int64 = 5_000

    public init(state: AppState, context: AppContext, runner: EffectRunner) {
        self.state = state
        reducer = AppReducer(context: context)
        view = AppView(context: context)
        self.runner = runner
    }

    /// While one lone character waits, look again soon: it may be a hotkey.
    public var pollMillis: Int {
        state.scanLine.buffer.count == 1 ? Int(reducer.context.hotkeyWindowMillis) : 250
    }

    public func handle(_ input: TerminalInput?, atMillis: Int64) -> [TerminalRequest] {
        var requests: [TerminalRequest] = []
        if let input {
            requests += send(.input(input, atMillis: atMillis))
        } else {
            requests += send(.tick(atMillis: atMillis))
            // Every tick, so the banner goes (and refused replays are said) as soon as the server
            // answers: the journaled store asks a dead server on a background thread, so this
            // never waits for a connection timeout.
            for event in runner.syncJournal() { requests += send(event) }
            if atMillis - lastPrintPass >= Self.printPassMillis {
                lastPrintPass = atMillis
                for event in runner.sendQueuedPrints() { requests += send(event) }
                if let order = state.work?.order.number {
                    for event in runner.checkFlags(of: order) { requests += send(event) }
                }
            }
        }
        return requests
    }

    public func start(atMillis: Int64) -> [TerminalRequest] { send(.started) }

    public func render() -> Grid { view.render(state) }
    public func cursor() -> (x: Int, y: Int)? { view.cursor(state) }

    /// Feeds one event through the reducer and runs the effects it asks for, to completion.
    @discardableResult
    public func send(_ event: AppEvent) -> [TerminalRequest] {
        EffectLoop.drain(event, reduce: { reducer.reduce(&state, $0) }, request: { effect -> TerminalRequest? in
            switch effect {
            case .beep: return .beep
            case .quit: return .quit
            default: return nil
            }
        }, run: { effect in runner.run(effect, actor: self.state.packer) })
    }
}
