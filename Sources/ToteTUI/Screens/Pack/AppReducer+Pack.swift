import ToteCore

extension AppReducer {
    func packKey(_ state: inout AppState, _ key: Key) -> [AppEffect] {
        if state.work?.overrideDraft != nil, let effects = overrideKey(&state, key) { return effects }
        switch key {
        case .function(5), .enter:
            return confirm(&state, logging: nil)
        case .function(6), .char("u"):
            return undo(&state, logging: nil)
        case .function(9):
            return done(&state, logging: nil)
        case .function(4):
            return startOverride(&state)
        case .function(7):
            return nextService(&state)
        case .up, .down:
            moveCursor(&state, by: key == .up ? -1 : 1)
            return []
        default:
            return workKey(&state, key)
        }
    }

    func packScan(_ state: inout AppState, raw: String, kind: ScanKind) -> [AppEffect] {
        guard let work = state.work else { return [] }
        if work.overrideDraft != nil, let effects = overrideScan(&state, raw: raw, kind: kind) { return effects }
        switch kind {
        case .command(.undo):
            return undo(&state, logging: raw)
        case .command(.done):
            return done(&state, logging: raw)
        case .command(.confirm):
            return confirm(&state, logging: raw)
        case .command(let command):
            return commandNotHere(&state, command, raw: raw, phase: .pack)
        case .item(let sku):
            return step(&state, work.pack.evaluate(.item(sku: sku)), raw: raw, kind: kind)
        default:
            return refuse(&state, strings.text(.scanUnknown, ["code": Self.clip(raw)]), raw: raw, kind: kind,
                          outcome: "not_an_item", phase: .pack)
        }
    }

    /// Scans that are no catalogue item but may belong to the box: an insert's or material's
    /// barcode, a carton label, or the scale's reading. Nil when the scan is none of these, so
    /// the caller refuses it as it would anywhere else.
    func packOtherScan(_ state: inout AppState, raw: String, kind: ScanKind) -> [AppEffect]? {
        guard state.screen == .pack, let work = state.work, work.overrideDraft == nil else { return nil }
        let step = work.pack.evaluate(.barcode(raw))
        if case .refused(.unknownBarcode) = step {
            guard let grams = ScaleReading.grams(raw), context.weighParcels else { return nil }
            return weigh(&state, grams: grams, raw: raw, kind: kind)
        }
        return self.step(&state, step, raw: raw, kind: kind)
    }

    /// The store has the step: count it on screen, and close the box once everything is done.
    func packCommitted(_ state: inout AppState, _ ack: ScanAck) -> [AppEffect] {
        guard var work = state.work else { return [] }
        switch ack {
        case .pack(let step):
            work.pack.commit(step)
            state.status = StatusMessage(stepText(step, work.pack), .ok)
        case .packUndo:
            let step = work.pack.undo()
            if let i = step.item {
                state.status = StatusMessage(strings.text(.packUndone, ["sku": work.pack.plan.items[i].name]), .info)
            }
        case .weighed(let grams):
            work.weighedGrams = grams
        case .service(let id):
            work.chosenService = id
            state.work = work
            let name = work.currentService(carriers: context.carriers, nowMillis: state.nowMillis)?.service.name ?? id ?? ""
            state.status = StatusMessage(strings.text(.packServiceChosen, ["service": name]), .ok)
            return []
        default:
            return []
        }
        state.work = work
        if work.pack.isComplete, !work.finishing, context.weighParcels, work.weighedGrams == nil {
            let expected = work.pack.expectedGrams
            state.status = StatusMessage(strings.text(.packWeighNow, ["grams": Self.grams(expected)]), .info)
        }
        return finishIfReady(&state)
    }

    /// Closes the box when every item is checked off and the parcel is weighed (if it must be):
    /// the labels print by themselves, once.
    func finishIfReady(_ state: inout AppState) -> [AppEffect] {
        guard var work = state.work, work.order.status == .packing, !work.finishing, work.pack.isComplete,
              !context.weighParcels || work.weighedGrams != nil else { return [] }
        work.finishing = true
        state.work = work
        state.status = StatusMessage(strings.text(.packFinishing, ["order": work.order.number]), .ok)
        return [.finish(PackOut(order: work.order, session: work.pack, weighedGrams: work.weighedGrams,
                                requestedService: work.chosenService))]
    }

    // MARK: - Steps

    private func step(_ state: inout AppState, _ step: PackStep, raw: String, kind: ScanKind) -> [AppEffect] {
        guard let work = state.work else { return [] }
        if case .refused(let refusal) = step {
            return refuse(&state, refusalText(refusal, work.pack), raw: raw, kind: kind, outcome: refusal.logName,
                          phase: .pack)
        }
        return [.record(record(state, raw: raw, kind: kind, outcome: "accepted", phase: .pack,
                               effect: Self.effect(of: step, in: work.pack.plan)), ack: .pack(step))]
    }

    private func confirm(_ state: inout AppState, logging raw: String?) -> [AppEffect] {
        guard let work = state.work else { return [] }
        guard let item = work.cursorItem else {
            return done(&state, logging: raw)
        }
        let step = work.pack.evaluate(.confirm(item: item))
        let raw = raw ?? "<F5>"
        return self.step(&state, step, raw: raw, kind: .command(.confirm))
    }

    private func undo(_ state: inout AppState, logging raw: String?) -> [AppEffect] {
        guard let work = state.work, !work.finishing, let last = work.pack.history.last,
              let reverse = Self.reverseEffect(of: last, in: work.pack.plan) else {
            state.status = StatusMessage(strings.text(.packNothingToUndo), .warning)
            return [.beep] + log(state, raw, command: .undo, outcome: "nothing_to_undo")
        }
        return [.record(record(state, raw: raw ?? "<F6>", kind: .command(.undo), outcome: "accepted", phase: .pack,
                               effect: reverse), ack: .packUndo)]
    }

    private func done(_ state: inout AppState, logging raw: String?) -> [AppEffect] {
        guard let work = state.work else { return [] }
        guard work.pack.isComplete else {
            let next = work.cursorItem.map { work.pack.plan.items[$0].name } ?? ""
            state.status = StatusMessage(strings.text(.packNotComplete, ["left": String(work.pack.open.count),
                                                                         "next": next]), .warning)
            return [.beep] + log(state, raw, command: .done, outcome: "not_complete")
        }
        if context.weighParcels, work.weighedGrams == nil {
            state.status = StatusMessage(strings.text(.packWeighNow, ["grams": Self.grams(work.pack.expectedGrams)]), .warning)
            return [.beep] + log(state, raw, command: .done, outcome: "not_weighed")
        }
        // While the box is being closed a repeated DONE adds nothing; after a failure
        // (`finishing` reset) it tries again, and the print queue keeps it to one label.
        if work.finishing { return log(state, raw, command: .done, outcome: "already_finishing") }
        return log(state, raw, command: .done, outcome: "accepted") + finishIfReady(&state)
    }

    private func weigh(_ state: inout AppState, grams: Int, raw: String, kind: ScanKind) -> [AppEffect] {
        guard let work = state.work else { return [] }
        guard work.pack.isComplete else {
            return refuse(&state, strings.text(.packWeighFirstFinish, ["left": String(work.pack.open.count)]), raw: raw,
                          kind: kind, outcome: "weighed_too_early", phase: .pack)
        }
        let tolerance = context.cartons?.tolerance ?? WeightTolerance()
        let check = work.pack.checkWeight(measuredGrams: grams, tolerance: tolerance)
        guard check.isOK else {
            return refuse(&state, strings.weightCheck(check), raw: raw, kind: kind, outcome: "weight_recount", phase: .pack)
        }
        return [.record(record(state, raw: raw, kind: kind, outcome: "accepted", phase: .pack,
                               effect: .weight(grams: grams)), ack: .weighed(grams: grams))]
    }

    private func moveCursor(_ state: inout AppState, by delta: Int) {
        guard var work = state.work else { return }
        let open = work.pack.open
        guard !open.isEmpty else { return }
        let at = work.cursorItem.flatMap { open.firstIndex(of: $0) } ?? 0
        work.packCursor = open[min(max(at + delta, 0), open.count - 1)]
        state.work = work
    }

    /// Logs a command scan (keys are not scans, so they are not logged).
    private func log(_ state: AppState, _ raw: String?, command: StationCommand, outcome: String) -> [AppEffect] {
        guard let raw else { return [] }
        return [.record(record(state, raw: raw, kind: .command(command), outcome: outcome, phase: .pack, effect: nil),
                        ack: .none)]
    }

    /// Grams for the screen, e.g. `1234 g`.
    static func grams(_ g: Int) -> String { "\(g) g" }
}
