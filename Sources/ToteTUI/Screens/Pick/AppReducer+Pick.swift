import ToteCore

extension AppReducer {
    func pickKey(_ state: inout AppState, _ key: Key) -> [AppEffect] {
        if state.work?.shortPick != nil { return shortPickKey(&state, key) }
        switch key {
        case .function(6):
            return openShortPick(&state, raw: nil)
        case .function(7):
            return skip(&state, logging: nil)
        default:
            return workKey(&state, key)
        }
    }

    /// SKIP: the current stop goes to the end of the walk.
    private func skip(_ state: inout AppState, logging raw: String?) -> [AppEffect] {
        guard var work = state.work, let i = work.pick.currentStep else { return [] }
        let bin = work.pick.steps[i].bin
        work.pick.skip(step: i)
        state.work = work
        state.status = StatusMessage(strings.text(.pickSkipped, ["bin": bin.code]), .info)
        guard let raw else { return [] }
        return [.record(record(state, raw: raw, kind: .command(.skip), outcome: "accepted", phase: .pick, effect: nil),
                        ack: .none)]
    }

    func pickScan(_ state: inout AppState, raw: String, kind: ScanKind) -> [AppEffect] {
        guard let work = state.work else { return [] }
        if case .command(let command) = kind {
            if command == .skip { return skip(&state, logging: raw) }
            if command == .short { return openShortPick(&state, raw: raw) }
            return commandNotHere(&state, command, raw: raw, phase: .pick)
        }
        guard let outcome = work.pick.evaluate(kind) else {
            return refuse(&state, strings.text(.scanUnknown, ["code": Self.clip(raw)]), raw: raw, kind: kind,
                          outcome: "unknown", phase: .pick)
        }
        switch outcome {
        case .binConfirmed:
            return [.record(record(state, raw: raw, kind: kind, outcome: "accepted", phase: .pick, effect: nil),
                            ack: .pick(outcome))]
        case .picked(let step):
            let line = work.pick.steps[step].lineNumber
            return [.record(record(state, raw: raw, kind: kind, outcome: "accepted", phase: .pick,
                                   effect: .pick(line: line)), ack: .pick(outcome))]
        default:
            return pickRefused(&state, outcome, raw: raw, kind: kind)
        }
    }

    /// A pick scan the walk refuses (single order or cart): says why, beeps, logs it, counts nothing.
    func pickRefused(_ state: inout AppState, _ outcome: PickList.Outcome, raw: String, kind: ScanKind) -> [AppEffect] {
        switch outcome {
        case .binNotOnList(let bin):
            return refuse(&state, strings.text(.pickBinNotOnList, ["bin": bin.code]), raw: raw, kind: kind,
                          outcome: "wrong_bin", phase: .pick)
        case .binDone(let bin):
            return refuse(&state, strings.text(.pickBinDone, ["bin": bin.code]), raw: raw, kind: kind,
                          outcome: "bin_done", phase: .pick)
        case .scanBinFirst(let bin):
            return refuse(&state, strings.text(.pickScanBinFirst, ["bin": bin.code]), raw: raw, kind: kind,
                          outcome: "scan_bin_first", phase: .pick)
        case .notOnOrder(let sku):
            return notOnOrder(&state, sku: sku, raw: raw, phase: .pick)
        case .notInThisBin(let sku, let bin):
            return refuse(&state, strings.text(.pickNotInThisBin, ["sku": sku, "bin": bin.code]), raw: raw,
                          kind: kind, outcome: "wrong_bin_for_item", phase: .pick)
        case .alreadyPicked(let sku, let have, let of):
            return refuse(&state, strings.text(.pickAlreadyPicked, ["sku": sku, "have": String(have), "need": String(of)]),
                          raw: raw, kind: kind, outcome: "over_pick", phase: .pick)
        case .binConfirmed, .picked:
            return []
        }
    }

    /// The store has the scan: count it on screen, and move on when the walk is done.
    func scanRecorded(_ state: inout AppState, _ ack: ScanAck, accepted: Bool) -> [AppEffect] {
        guard accepted else {
            if ack != .none {
                state.status = StatusMessage(strings.text(.scanRefusedByStore), .error)
                return [.beep]
            }
            return []
        }
        if case .cart(let outcome) = ack { return cartCommitted(&state, outcome) }
        guard var work = state.work else { return [] }
        switch ack {
        case .none:
            return []
        case .pick(let outcome):
            work.pick.commit(outcome)
            state.work = work
            return picked(&state, outcome)
        case .pack, .packUndo, .weighed, .service:
            return packCommitted(&state, ack)
        case .cart:
            return []
        }
    }

    private func picked(_ state: inout AppState, _ outcome: PickList.Outcome) -> [AppEffect] {
        guard let work = state.work else { return [] }
        switch outcome {
        case .binConfirmed(let bin):
            state.status = StatusMessage(strings.text(.pickBinConfirmed, ["bin": bin.code]), .ok)
            return []
        case .picked(let step):
            let s = work.pick.steps[step]
            state.status = StatusMessage(strings.text(.pickPicked, ["sku": s.sku, "have": String(work.pick.picked[step]),
                                                                    "need": String(s.quantity)]), .ok)
            if work.pick.isComplete {
                state.status = StatusMessage(strings.text(.pickAllPicked), .ok)
                let walk = PickDistance.whole(work.pick, layout: context.layout, geometry: context.geometry)
                return [.recordPickDistance(order: work.order.number, metres: walk),
                        .move(order: work.order.number, from: .picking, to: .picked)]
            }
            return []
        default:
            return []
        }
    }
}
