import ToteCore

/// The short-pick flow on the pick screen: SHORT (scan) or F6 opens the dialog at the current
/// stop; its answers live only in `WorkState.shortPick` until the confirm, which asks the store
/// to record everything at once; the screen changes only on the store's answer.
extension AppReducer {
    /// Keys the dialog binds as lone hotkeys: the reason numbers, then y/n.
    func shortPickHotkeys(_ dialog: ShortPickDialog) -> Set<Character> {
        switch dialog.stage {
        case .reason: return Set(ShortReason.allCases.map { Character(String($0.code)) })
        case .binEmpty: return ["y", "n", "Y", "N"]
        case .found, .confirm: return []
        }
    }

    /// Opens the dialog at the stop the picker is at (`raw`: the SHORT scan, or nil for F6).
    func openShortPick(_ state: inout AppState, raw: String?) -> [AppEffect] {
        guard var work = state.work else { return [] }
        guard let i = work.pick.currentStep else {
            state.status = StatusMessage(strings.text(.shortNothingLeft), .warning)
            return [.beep]
        }
        let step = work.pick.steps[i]
        let needed = work.pick.stillNeeded(step: i)
        work.shortPick = ShortPickDialog(step: step, needed: needed, raw: raw ?? StationCommand.short.rawValue)
        state.work = work
        state.status = StatusMessage(strings.text(.shortOpened, ["bin": step.bin.code, "sku": step.sku]), .warning)
        return []
    }

    /// A key while the dialog is open (the scan line is empty: typed text goes to `shortPickScan`).
    func shortPickKey(_ state: inout AppState, _ key: Key) -> [AppEffect] {
        guard var dialog = state.work?.shortPick else { return [] }
        if dialog.saving { return shortPickWait(&state) }
        switch key {
        case .escape:
            return cancelShortPick(&state)
        case .enter:
            return advanceShortPick(&state, &dialog)
        case .char(let ch):
            return shortPickAnswer(&state, &dialog, String(ch))
        default:
            return shortPickRefuse(&state, strings.text(.shortFinishFirst))
        }
    }

    /// A whole scan (or typed text + Enter) while the dialog is open. Nothing here counts a
    /// pick or reaches the store; wrong input says what is expected and changes nothing.
    func shortPickScan(_ state: inout AppState, raw: String, reading: ScanReading) -> [AppEffect] {
        guard var dialog = state.work?.shortPick else { return [] }
        if dialog.saving { return shortPickWait(&state) }
        switch reading.kind {
        case .command(.cancel):
            return cancelShortPick(&state)
        case .command(.done):
            return advanceShortPick(&state, &dialog)
        case .item(let sku) where dialog.stage == .found:
            guard sku == dialog.sku else {
                return shortPickRefuse(&state, strings.text(.shortWrongItem, ["sku": sku, "expected": dialog.sku]))
            }
            let total = dialog.found + max(1, reading.quantity)
            guard total <= dialog.needed else {
                return shortPickRefuse(&state, strings.text(.shortTooMany, ["found": String(total),
                                                                            "needed": String(dialog.needed)]))
            }
            dialog.found = total
            state.work?.shortPick = dialog
            state.status = StatusMessage(strings.text(.shortFoundSoFar, ["found": String(total), "needed": String(dialog.needed),
                                                                          "sku": dialog.sku]), .ok)
            return []
        default:
            return shortPickAnswer(&state, &dialog, raw)
        }
    }

    /// Typed text (or a lone hotkey) as the answer to the current question.
    private func shortPickAnswer(_ state: inout AppState, _ dialog: inout ShortPickDialog, _ text: String) -> [AppEffect] {
        let answer = String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        switch dialog.stage {
        case .found:
            guard !answer.isEmpty, answer.utf8.count <= 4, answer.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  let n = Int(answer) else {
                return shortPickRefuse(&state, strings.text(.shortFoundHelp, ["sku": dialog.sku,
                                                                              "needed": String(dialog.needed)]))
            }
            guard n <= dialog.needed else {
                return shortPickRefuse(&state, strings.text(.shortTooMany, ["found": String(n),
                                                                            "needed": String(dialog.needed)]))
            }
            dialog.found = n
            dialog.stage = .reason
        case .reason:
            guard let reason = ShortReason(scan: answer) else {
                return shortPickRefuse(&state, strings.text(.shortBadReason, ["text": Self.clip(answer)]))
            }
            dialog.reason = reason
            dialog.stage = .binEmpty
        case .binEmpty:
            switch answer.uppercased() {
            case "Y", "YES": dialog.binEmpty = true
            case "N", "NO": dialog.binEmpty = false
            default: return shortPickRefuse(&state, strings.text(.shortBadYesNo))
            }
            dialog.stage = .confirm
        case .confirm:
            return shortPickRefuse(&state, strings.text(.shortConfirmHelp))
        }
        state.work?.shortPick = dialog
        state.status = nil
        return []
    }

    /// Enter (or DONE): takes the found count as it stands, or confirms the whole dialog.
    private func advanceShortPick(_ state: inout AppState, _ dialog: inout ShortPickDialog) -> [AppEffect] {
        switch dialog.stage {
        case .found:
            dialog.stage = .reason
            state.work?.shortPick = dialog
            state.status = nil
            return []
        case .reason:
            return shortPickRefuse(&state, strings.text(.shortNeedReason))
        case .binEmpty:
            return shortPickRefuse(&state, strings.text(.shortBadYesNo))
        case .confirm:
            guard let work = state.work, let reason = dialog.reason, let binEmpty = dialog.binEmpty else { return [] }
            dialog.saving = true
            state.work?.shortPick = dialog
            state.status = StatusMessage(strings.text(.shortSaving), .info)
            return [.recordShortPick(ShortPick(
                order: work.order.number, lineNumber: dialog.lineNumber, sku: dialog.sku, bin: dialog.bin,
                needed: dialog.needed, found: dialog.found, reason: reason, binEmpty: binEmpty,
                mode: context.shortPickMode, station: state.station, packer: state.packer, at: state.nowMillis,
                raw: dialog.raw))]
        }
    }

    private func cancelShortPick(_ state: inout AppState) -> [AppEffect] {
        state.work?.shortPick = nil
        state.status = StatusMessage(strings.text(.shortCancelled), .info)
        return []
    }

    private func shortPickRefuse(_ state: inout AppState, _ text: String) -> [AppEffect] {
        state.status = StatusMessage(text, .error)
        return [.beep]
    }

    private func shortPickWait(_ state: inout AppState) -> [AppEffect] {
        state.status = StatusMessage(strings.text(.shortSaving), .info)
        return []
    }

    /// The store's answer to the confirmed dialog.
    func shortPickRecorded(_ state: inout AppState, _ result: ShortPickResult) -> [AppEffect] {
        guard var work = state.work, let dialog = work.shortPick else { return [] }
        work.shortPick = nil
        let args = ["order": work.order.number, "sku": dialog.sku, "bin": dialog.bin.code,
                    "found": String(dialog.found), "needed": String(dialog.needed)]
        switch result {
        case .refused(let reason):
            state.work = work
            state.status = StatusMessage(strings.text(.shortRefused, ["reason": reason]), .error)
            return [.beep]
        case .movedToException:
            state.work = nil
            state.screen = .queue
            state.status = StatusMessage(strings.text(.shortToException, args), .warning)
            return [reloadQueue(state)]
        case .lineReduced(let progress):
            if let i = work.pick.steps.firstIndex(where: { $0.lineNumber == dialog.lineNumber }) {
                work.pick.shorten(step: i, found: dialog.found)
            }
            work.order = progress.order
            // The cut line changes the box: rebuild its checklist (weights, cartons) from the new order.
            work.pack = packSession(for: progress, now: state.nowMillis)
            state.work = work
            state.status = StatusMessage(strings.text(.shortPartial, args), .warning)
            guard work.pick.isComplete else { return [] }
            let walk = PickDistance.whole(work.pick, layout: context.layout, geometry: context.geometry)
            return [.recordPickDistance(order: work.order.number, metres: walk),
                    .move(order: work.order.number, from: .picking, to: .picked)]
        }
    }
}
