import ToteCore

/// State + event → state + effects for the supervisor dashboard. Pure: no clock, no store.
///
/// Liveness: every tick at least `checkEveryMillis` after the last check asks the store whether
/// anyone committed (`.checkForChanges`); a commit leads to one `.load`. Time-based figures
/// (idle, open for) are reloaded every `reloadEveryMillis` even without commits.
public struct SupervisorReducer: Sendable {
    public let strings: Strings
    public var checkEveryMillis: Int64 = 250
    public var reloadEveryMillis: Int64 = 15_000

    public init(strings: Strings = .english) { self.strings = strings }

    public func reduce(_ state: inout SupervisorState, _ event: SupervisorEvent) -> [SupervisorEffect] {
        switch event {
        case .started:
            return load(&state)
        case .tick(let at):
            state.nowMillis = max(state.nowMillis, at)
            if at - state.lastLoadMillis >= reloadEveryMillis { return load(&state) }
            if at - state.lastCheckMillis >= checkEveryMillis {
                state.lastCheckMillis = at
                return [.checkForChanges]
            }
            return []
        case .storeChanged:
            return load(&state)
        case .loaded(let dashboard):
            state.dashboard = dashboard
            state.selection = min(state.selection, max(0, dashboard.exceptions.count - 1))
            return []
        case .actionDone(let message):
            state.status = message
            return load(&state)
        case .failed(let reason):
            state.status = StatusMessage(strings.text(.supActionFailed, ["reason": reason]), .error)
            return [.beep]
        case .input(let input, let at):
            state.nowMillis = max(state.nowMillis, at)
            switch input {
            case .resized(let w, let h):
                state.width = w
                state.height = h
                return []
            case .key(let key):
                if state.pending != nil { return answer(&state, key) }
                return command(&state, key)
            }
        }
    }

    private func load(_ state: inout SupervisorState) -> [SupervisorEffect] {
        state.lastLoadMillis = state.nowMillis
        state.lastCheckMillis = state.nowMillis
        return [.load(now: state.nowMillis, shiftHours: state.shiftHours)]
    }

    private func command(_ state: inout SupervisorState, _ key: Key) -> [SupervisorEffect] {
        switch key {
        case .char(let c) where ("1"..."4").contains(c):
            state.panel = SupervisorPanel(rawValue: Int(String(c))!)!
        case .tab:
            state.panel = state.panel.next
        case .function(5):
            state.status = nil
            return load(&state)
        case .function(10), .char("q"):
            return [.quit]
        case .up:
            state.selection = max(0, state.selection - 1)
        case .down:
            state.selection = min(state.selection + 1, max(0, (state.dashboard?.exceptions.count ?? 0) - 1))
        case .char("r"), .function(8):
            guard let order = selected(&state) else { return [.beep] }
            return [.release(order: order)]
        case .char("a"):
            guard let order = selected(&state) else { return [.beep] }
            state.pending = .reassign(order: order, station: "")
        case .char("c"):
            guard let order = selected(&state) else { return [.beep] }
            state.pending = .cancel(order: order)
        case .char("p"):
            guard let order = selected(&state) else { return [.beep] }
            return [.reprint(order: order)]
        case .char("v"):
            guard let order = selected(&state) else { return [.beep] }
            state.pending = .void(order: order, reason: "")
        case .escape:
            state.status = nil
        default:
            break
        }
        return []
    }

    /// The selected exception's order; outside the exceptions panel (or with none) says how to pick one.
    private func selected(_ state: inout SupervisorState) -> String? {
        guard state.panel == .exceptions, let exception = state.selectedException else {
            state.status = StatusMessage(strings.text(.supNothingSelected), .warning)
            return nil
        }
        return exception.order
    }

    private func answer(_ state: inout SupervisorState, _ key: Key) -> [SupervisorEffect] {
        switch (state.pending!, key) {
        case (_, .escape):
            state.pending = nil
        case (.cancel(let order), .char(let c)) where c == "y" || c == "Y":
            state.pending = nil
            return [.cancel(order: order)]
        case (.cancel, _):
            state.pending = nil
        case (.reassign(let order, let station), .enter):
            state.pending = nil
            let target = String(station.filter { $0 != " " })
            guard StationConfig.isValidID(target) else {
                state.status = StatusMessage(strings.text(.supBadStation), .warning)
                return [.beep]
            }
            return [.reassign(order: order, station: target)]
        case (.reassign(let order, let station), .backspace):
            state.pending = .reassign(order: order, station: String(station.dropLast()))
        case (.void(let order, let reason), .enter):
            let why = String(reason.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
            guard !why.isEmpty else {
                state.status = StatusMessage(strings.text(.supVoidNeedsReason), .warning)
                return [.beep]
            }
            state.pending = nil
            return [.void(order: order, reason: why)]
        case (.void(let order, let reason), .backspace):
            state.pending = .void(order: order, reason: String(reason.dropLast()))
        case (.void(let order, let reason), .char(let c)) where reason.count < 120:
            state.pending = .void(order: order, reason: reason + String(c))
        case (.reassign(let order, let station), .char(let c)) where station.count < 16:
            state.pending = .reassign(order: order, station: station + String(c))
        default:
            break
        }
        return []
    }
}
