import ToteCore

extension AppReducer {
    func packKey(_ state: inout AppState, _ key: Key) -> [AppEffect] {
        switch key {
        case .function(6), .char("u"):
            return undo(&state, logging: nil)
        case .function(9):
            return done(&state, logging: nil)
        default:
            return workKey(&state, key)
        }
    }

    func packScan(_ state: inout AppState, raw: String, kind: ScanKind) -> [AppEffect] {
        guard let work = state.work else { return [] }
        switch kind {
        case .command(.undo):
            return undo(&state, logging: raw)
        case .command(.done):
            return done(&state, logging: raw)
        case .command(let command):
            return commandNotHere(&state, command, raw: raw, phase: .pack)
        case .item(let sku):
            let outcome = work.pack.evaluate(sku: sku)
            switch outcome {
            case .verified(let i):
                let line = work.pack.lines[i].lineNumber
                return [.record(record(state, raw: raw, kind: kind, outcome: "accepted", phase: .pack,
                                       effect: .pack(line: line)), ack: .pack(outcome))]
            case .notOnOrder:
                return notOnOrder(&state, sku: sku, raw: raw, phase: .pack)
            case .overScan(let sku, let have, let of):
                return refuse(&state, strings.text(.packOverScan, ["sku": sku, "have": String(have), "need": String(of)]),
                              raw: raw, kind: kind, outcome: "over_scan", phase: .pack)
            }
        default:
            return refuse(&state, strings.text(.scanUnknown, ["code": Self.clip(raw)]), raw: raw, kind: kind,
                          outcome: "not_an_item", phase: .pack)
        }
    }

    func packed(_ state: inout AppState, _ outcome: PackChecklist.Outcome) -> [AppEffect] {
        guard let work = state.work, case .verified(let i) = outcome else { return [] }
        let line = work.pack.lines[i]
        state.status = StatusMessage(strings.text(.packVerified, ["sku": line.sku, "have": String(work.pack.verified[i]),
                                                                  "need": String(line.quantity)]), .ok)
        if work.pack.isComplete { state.status = StatusMessage(strings.text(.packAllVerified), .ok) }
        return []
    }

    private func undo(_ state: inout AppState, logging raw: String?) -> [AppEffect] {
        guard let work = state.work, let i = work.packHistory.last else {
            state.status = StatusMessage(strings.text(.packNothingToUndo), .warning)
            return [.beep] + log(state, raw, command: .undo, outcome: "nothing_to_undo")
        }
        let line = work.pack.lines[i].lineNumber
        let raw = raw ?? "<F6>"
        return [.record(record(state, raw: raw, kind: .command(.undo), outcome: "accepted", phase: .pack,
                               effect: .unpack(line: line)), ack: .undo(line: i))]
    }

    private func done(_ state: inout AppState, logging raw: String?) -> [AppEffect] {
        guard let work = state.work else { return [] }
        guard work.pack.isComplete else {
            let left = work.pack.unitsTotal - work.pack.unitsVerified
            state.status = StatusMessage(strings.text(.packNotComplete, ["left": String(left)]), .warning)
            return [.beep] + log(state, raw, command: .done, outcome: "not_complete")
        }
        return log(state, raw, command: .done, outcome: "accepted") + [.finish(work.order)]
    }

    /// Logs a command scan (keys are not scans, so they are not logged).
    private func log(_ state: AppState, _ raw: String?, command: StationCommand, outcome: String) -> [AppEffect] {
        guard let raw else { return [] }
        return [.record(record(state, raw: raw, kind: .command(command), outcome: outcome, phase: .pack, effect: nil),
                        ack: .none)]
    }
}
