import ToteCore

/// The station's state machine: `reduce(&state, event)` changes the state and lists the
/// effects to run. No I/O happens here, so every flow is tested without a terminal or store.
public struct AppReducer: Sendable {
    public let context: AppContext

    public init(context: AppContext) { self.context = context }

    var strings: Strings { context.strings }

    public func reduce(_ state: inout AppState, _ event: AppEvent) -> [AppEffect] {
        // Texts follow the state's language, which a sign-in can change at run time.
        guard context.strings.language == state.language else {
            return AppReducer(context: context.speaking(state.language)).reduce(&state, event)
        }
        switch event {
        case .started:
            return [.resume, .loadQueue(offset: 0, limit: state.queuePageSize)]
        case .input(let input, let at):
            state.nowMillis = max(state.nowMillis, at)
            return reduceInput(&state, input)
        case .tick(let at):
            state.nowMillis = max(state.nowMillis, at)
            return fireLoneKey(&state)
        case .queueLoaded(let rows, let offset, let total):
            state.queue.rows = rows
            state.queue.offset = offset
            state.queue.total = total
            state.queue.selected = min(max(0, state.queue.selected), max(0, total - 1))
            return []
        case .statusCounted(let counts):
            state.queue.statusCounts = counts
            return []
        case .orderOpened(let progress, let resumed):
            return openOrder(&state, progress, resumed: resumed)
        case .nothingToClaim:
            state.status = StatusMessage(strings.text(.queueNothingToClaim), .warning)
            return [.beep]
        case .claimRefused(let order):
            state.status = StatusMessage(strings.text(.queueHeldElsewhere, ["order": order]), .warning)
            return [.beep, reloadQueue(state)]
        case .scanRecorded(let ack, let accepted):
            return scanRecorded(&state, ack, accepted: accepted)
        case .statusMoved(let order, let to):
            return statusMoved(&state, order: order, to: to)
        case .orderCompleted(let order, let path):
            state.lastFinished = order
            state.work = nil
            state.screen = .queue
            state.status = StatusMessage(strings.text(.packDone, ["order": order, "path": path]), .ok)
            return [reloadQueue(state)]
        case .labelQueued(let order, let printer, let tracking):
            state.lastFinished = order
            state.work = nil
            state.screen = .queue
            state.status = StatusMessage(strings.text(.packDonePrinting, ["order": order, "printer": printer,
                                                                          "tracking": tracking ?? "—"]), .ok)
            return [reloadQueue(state)]
        case .printRound(let round):
            // Said once when a printer drops and once when it is back, not on every retry.
            let before = state.offlinePrinters
            state.offlinePrinters = round.offlinePrinters
            if let printer = round.offlinePrinters.first(where: { !before.contains($0) }) {
                state.status = StatusMessage(strings.text(.printerOffline, ["printer": printer,
                                                                            "count": String(round.waiting)]), .warning)
                return [.beep]
            }
            if let printer = before.first(where: { !round.offlinePrinters.contains($0) }) {
                state.status = StatusMessage(strings.text(.printerBack, ["printer": printer,
                                                                         "count": String(round.printed)]), .ok)
            }
            return []
        case .reprinted(let order, let queued):
            state.status = queued
                ? StatusMessage(strings.text(.reprintQueued, ["order": order]), .ok)
                : StatusMessage(strings.text(.reprintUnavailable, ["order": order]), .warning)
            return queued ? [] : [.beep]
        case .released(let order):
            state.work = nil
            state.screen = .queue
            state.status = StatusMessage(strings.text(.released, ["order": order]), .info)
            return [reloadQueue(state)]
        case .flagsSeen(let order, let flags):
            return flagsSeen(&state, order: order, flags)
        case .shortPickRecorded(let result):
            return shortPickRecorded(&state, result)
        case .badgeLookedUp(let badge, let lookup):
            return badgeLookedUp(&state, badge: badge, lookup)
        case .failed(let key, let reason):
            // A finish that failed may be tried again (DONE).
            state.work?.finishing = false
            // A short pick the store could not take stays on screen, to confirm again.
            state.work?.shortPick?.saving = false
            state.status = StatusMessage(strings.text(key, ["reason": reason]), .error)
            return [.beep]
        case .notice(let text):
            state.status = StatusMessage(text, .info)
            return []
        case .cartCandidates(let cart, let orders):
            return cartCandidates(&state, cart: cart, orders)
        case .cartOpened(let cart, let orders, let resumed):
            return cartOpened(&state, cart: cart, orders, resumed: resumed)
        case .cartClosed(let cart, let count):
            return cartClosed(&state, cart: cart, orders: count)
        case .sorted(let progress, let cart, let tote):
            return sorted(&state, progress, cart: cart, tote: tote)
        case .nothingToSort(let sku):
            state.status = StatusMessage(strings.text(.sortNothing, ["sku": sku]), .error)
            return [.beep]
        case .packerLanguage(let language):
            state.languageChoice.packer = language
            return []
        case .linkChanged(let link):
            return linkChanged(&state, link)
        case .offlineConflicts(let conflicts):
            return offlineConflicts(&state, conflicts)
        }
    }

    // MARK: - Input

    private func reduceInput(_ state: inout AppState, _ input: TerminalInput) -> [AppEffect] {
        switch input {
        case .resized(let w, let h):
            state.width = max(0, w)
            state.height = max(0, h)
            return state.screen == .queue ? [reloadQueue(state)] : []
        case .key(let key):
            var effects = fireLoneKey(&state)
            effects += reduceKey(&state, key)
            return effects
        }
    }

    private func reduceKey(_ state: inout AppState, _ key: Key) -> [AppEffect] {
        if state.pinFor != nil { return pinKey(&state, key) }
        switch key {
        case .char(let ch):
            state.scanLine.append(ch, at: state.nowMillis)
            return []
        case .tab where !context.tabEndsScan:
            return []
        case .enter where state.queue.searching && state.screen == .queue:
            let text = state.scanLine.buffer
            state.scanLine.clear()
            return search(&state, text)
        case .escape where state.queue.searching && state.screen == .queue:
            state.queue.searching = false
            return []
        case .enter, .tab:
            if state.scanLine.isEmpty { return key == .enter ? screenKey(&state, .enter) : [] }
            let raw = state.scanLine.buffer
            let gap = state.scanLine.maxGapMillis
            state.scanLine.clear()
            return submitScan(&state, raw, maxGapMillis: gap)
        case .backspace:
            state.scanLine.deleteLast()
            return []
        case .escape where !state.scanLine.isEmpty:
            state.scanLine.clear()
            return []
        case .function(10):
            return [.quit]
        default:
            return screenKey(&state, key)
        }
    }

    /// Keys while a PIN is asked for: digits collect, Enter checks, Esc cancels; nothing else
    /// acts (no hotkeys, no screen keys) until the PIN is given or cancelled.
    private func pinKey(_ state: inout AppState, _ key: Key) -> [AppEffect] {
        switch key {
        case .char(let ch) where ch.isASCII && ch.isNumber:
            state.scanLine.append(ch, at: state.nowMillis)
            return []
        case .enter, .tab:
            return submitPin(&state)
        case .backspace:
            state.scanLine.deleteLast()
            return []
        case .escape:
            cancelPin(&state)
            return []
        case .function(10):
            return [.quit]
        default:
            return []
        }
    }

    /// A single character typed alone is a hotkey when the screen binds it; otherwise it stays
    /// in the scan line as the start of hand-typed text.
    private func fireLoneKey(_ state: inout AppState) -> [AppEffect] {
        guard state.pinFor == nil,
              let ch = state.scanLine.loneKey(now: state.nowMillis, window: context.hotkeyWindowMillis),
              hotkeys(for: state).contains(ch) else { return [] }
        state.scanLine.clear()
        return screenKey(&state, .char(ch))
    }

    func hotkeys(for state: AppState) -> Set<Character> {
        switch state.screen {
        case .queue: return state.queue.searching ? [] : ["n", "/"]
        case .pick: return state.work?.shortPick.map(shortPickHotkeys) ?? []
        case .pack: return state.work?.overrideDraft?.by != nil ? overrideHotkeys : ["u"]
        }
    }

    private func screenKey(_ state: inout AppState, _ key: Key) -> [AppEffect] {
        switch state.screen {
        case .queue: return queueKey(&state, key)
        case .pick: return state.cart != nil ? cartKey(&state, key) : pickKey(&state, key)
        case .pack: return packKey(&state, key)
        }
    }

    // MARK: - Helpers shared by the screens

    /// Keys the pick and pack screens share: back to the queue (the order stays held) and release.
    func workKey(_ state: inout AppState, _ key: Key) -> [AppEffect] {
        switch key {
        case .escape, .function(3):
            state.screen = .queue
            return [reloadQueue(state)]
        case .function(8):
            guard let work = state.work else { return [] }
            return [.release(order: work.order.number)]
        default:
            return []
        }
    }

    func reloadQueue(_ state: AppState) -> AppEffect {
        .loadQueue(offset: state.queue.offset, limit: state.queuePageSize, query: state.queue.query)
    }

    func refuse(_ state: inout AppState, _ text: String, raw: String, kind: ScanKind, outcome: String,
                phase: ScanRecord.Phase) -> [AppEffect] {
        state.status = StatusMessage(text, .error)
        return [.beep, .record(record(state, raw: raw, kind: kind, outcome: outcome, phase: phase, effect: nil), ack: .none)]
    }

    func record(_ state: AppState, raw: String, kind: ScanKind, outcome: String, phase: ScanRecord.Phase,
                effect: ScanRecord.Effect?) -> ScanRecord {
        ScanRecord(at: state.nowMillis, station: state.station, packer: state.packer, raw: raw, kind: kind.logName,
                   outcome: outcome, orderNumber: state.work?.order.number, phase: phase, effect: effect,
                   maxGapMillis: state.scanMeta?.maxGapMillis, symbology: state.scanMeta?.symbology)
    }
}
