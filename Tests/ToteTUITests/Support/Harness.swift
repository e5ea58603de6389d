@testable import ToteTUI

/// Drives the reducer like the runtime does, but with effects answered by the test.
struct Harness {
    let reducer: AppReducer
    var state: AppState

    init(state: AppState = Fixtures.state(), context: AppContext = Fixtures.context) {
        self.state = state
        reducer = AppReducer(context: context)
    }

    @discardableResult
    mutating func send(_ event: AppEvent) -> [AppEffect] { reducer.reduce(&state, event) }

    /// Types `text` as a scanner would (1 ms apart) and presses Enter.
    @discardableResult
    mutating func scan(_ text: String) -> [AppEffect] {
        for ch in text {
            state.nowMillis += 1
            send(.input(.key(.char(ch)), atMillis: state.nowMillis))
        }
        state.nowMillis += 1
        return send(.input(.key(.enter), atMillis: state.nowMillis))
    }

    /// Presses `ch` alone and lets the hotkey window pass, as a gloved hand does.
    @discardableResult
    mutating func hotkey(_ ch: Character) -> [AppEffect] {
        state.nowMillis += 100
        var effects = send(.input(.key(.char(ch)), atMillis: state.nowMillis))
        state.nowMillis += 100
        effects += send(.tick(atMillis: state.nowMillis))
        return effects
    }

    @discardableResult
    mutating func key(_ key: Key) -> [AppEffect] {
        state.nowMillis += 100
        return send(.input(.key(key), atMillis: state.nowMillis))
    }

    /// Scans and, like the runtime, acknowledges each recorded scan as the store would (accepting it).
    @discardableResult
    mutating func scanCommitted(_ text: String) -> [AppEffect] {
        var out: [AppEffect] = []
        for effect in scan(text) {
            out.append(effect)
            if case .record(_, let ack) = effect { out += send(.scanRecorded(ack, accepted: true)) }
        }
        return out
    }

    /// Presses `key` and acknowledges what it records, as the store would.
    @discardableResult
    mutating func keyCommitted(_ key: Key) -> [AppEffect] {
        var out: [AppEffect] = []
        for effect in self.key(key) {
            out.append(effect)
            if case .record(_, let ack) = effect { out += send(.scanRecorded(ack, accepted: true)) }
        }
        return out
    }
}
