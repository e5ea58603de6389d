import ToteCore

extension AppReducer {
    func queueKey(_ state: inout AppState, _ key: Key) -> [AppEffect] {
        let page = state.queuePageSize
        var q = state.queue
        switch key {
        case .up: q.selected -= 1
        case .down: q.selected += 1
        case .pageUp: q.selected -= page
        case .pageDown: q.selected += page
        case .home: q.selected = 0
        case .end: q.selected = q.total - 1
        case .char("n"), .function(2):
            return nextOrder(&state)
        case .function(5):
            return [reloadQueue(state)]
        case .char("/"), .function(3):
            state.queue.searching = true
            return []
        case .function(4):
            return cycleFilter(&state)
        case .escape where !state.queue.query.isUnfiltered || state.queue.filterPreset != .open:
            state.queue.filterPreset = .open
            return requery(&state, QueueQuery())
        case .enter:
            return openSelected(&state)
        default:
            return []
        }
        q.selected = min(max(0, q.selected), max(0, q.total - 1))
        var offset = q.offset
        if q.selected < offset { offset = q.selected }
        if q.selected >= offset + page { offset = q.selected - page + 1 }
        let moved = offset != q.offset
        state.queue.selected = q.selected
        return moved ? [.loadQueue(offset: offset, limit: page, query: q.query)] : []
    }

    /// The search box's text narrows the list (see `QueueQuery.parse`); empty text clears it.
    func search(_ state: inout AppState, _ text: String) -> [AppEffect] {
        state.queue.searching = false
        var base = QueueQuery(statuses: state.queue.filterPreset.statuses,
                              flaggedOnly: state.queue.filterPreset == .flagged)
        base.riskWindowSeconds = state.queue.query.riskWindowSeconds
        return requery(&state, QueueQuery.parse(text, base: base))
    }

    private func cycleFilter(_ state: inout AppState) -> [AppEffect] {
        let preset = state.queue.filterPreset.next
        state.queue.filterPreset = preset
        var query = state.queue.query
        query.statuses = preset.statuses
        query.flaggedOnly = preset == .flagged
        return requery(&state, query)
    }

    /// A new list: back to its top.
    private func requery(_ state: inout AppState, _ query: QueueQuery) -> [AppEffect] {
        state.queue.query = query
        state.queue.selected = 0
        state.queue.offset = 0
        return [.loadQueue(offset: 0, limit: state.queuePageSize, query: query)]
    }

    func queueScan(_ state: inout AppState, raw: String, kind: ScanKind) -> [AppEffect] {
        guard case .command(let command) = kind else {
            return refuse(&state, strings.text(.scanNoOrder), raw: raw, kind: kind, outcome: "no_order", phase: .queue)
        }
        if command == .reprint, let order = state.lastFinished {
            guard may(&state, .reprint) else {
                return [.beep, .record(record(state, raw: raw, kind: kind, outcome: "not_allowed", phase: .queue,
                                              effect: nil), ack: .none)]
            }
            return [.record(record(state, raw: raw, kind: kind, outcome: "accepted", phase: .queue, effect: nil),
                            ack: .none), .reprint(order: order)]
        }
        guard command == .next else { return commandNotHere(&state, command, raw: raw, phase: .queue) }
        let log = AppEffect.record(record(state, raw: raw, kind: kind, outcome: "accepted", phase: .queue, effect: nil),
                                   ack: .none)
        return [log] + nextOrder(&state)
    }

    /// NEXT: the held order if there is one, else the most urgent unclaimed order.
    private func nextOrder(_ state: inout AppState) -> [AppEffect] {
        if let work = state.work {
            state.screen = work.order.status == .packing ? .pack : .pick
            state.status = StatusMessage(strings.text(.resumed, ["order": work.order.number]), .info)
            return []
        }
        return [.claimNext]
    }

    private func openSelected(_ state: inout AppState) -> [AppEffect] {
        guard let row = state.queue.selectedRow else { return [] }
        if let work = state.work {
            guard work.order.number == row.number else {
                state.status = StatusMessage(strings.text(.queueFinishFirst, ["order": work.order.number]), .warning)
                return [.beep]
            }
            state.screen = work.order.status == .packing ? .pack : .pick
            return []
        }
        return [.claim(order: row.number)]
    }

    /// A claimed or resumed order: build its walk and checklist and go where its status says.
    func openOrder(_ state: inout AppState, _ progress: OrderProgress, resumed: Bool) -> [AppEffect] {
        let order = progress.order
        var pick = PickList(order: order, catalog: context.catalog, layout: context.layout, router: context.router)
        pick.restore(pickedByLine: progress.pickedByLine)
        let unrouted = order.shippableLines.count - pick.steps.count
        var work = WorkState(order: order, pick: pick, pack: packSession(for: progress, now: state.nowMillis),
                             unroutedLines: unrouted)
        work.weighedGrams = progress.weighedGrams
        work.chosenService = progress.chosenService
        state.work = work
        let key: StringKey = resumed ? .resumed : .queueClaimed
        state.status = StatusMessage(strings.text(key, ["order": order.number]), .ok)
        if unrouted > 0 {
            state.status = StatusMessage(strings.text(.pickUnrouted, ["count": String(unrouted)]), .warning)
        }
        if !progress.flags.isEmpty { return flagsSeen(&state, order: order.number, progress.flags) }
        switch order.status {
        case .new, .picking:
            state.screen = .pick
            if pick.isComplete { return [.move(order: order.number, from: .picking, to: .picked)] }
            return []
        case .picked:
            state.screen = .pick
            return [.move(order: order.number, from: .picked, to: .packing)]
        default:
            state.screen = .pack
            // A box that was complete when the station stopped closes now; the print queue
            // keeps it to one label per carton.
            return finishIfReady(&state)
        }
    }

    /// The pack checklist of `progress.order` as the rules and cartons make it now, with the
    /// progress the store saved put back.
    func packSession(for progress: OrderProgress, now millis: Int64) -> PackSession {
        let now = LocalTime(seconds: millis / 1000, utcOffsetSeconds: context.utcOffsetSeconds)
        let plan = PackPlan(order: progress.order, catalog: context.catalog, rules: context.rules,
                            cartons: context.cartons, now: now)
        var session = PackSession(plan: plan, cartons: context.cartons)
        session.restore(packedByLine: progress.packedByLine, checks: progress.packChecks)
        return session
    }

    /// A cancellation stops the work: the order is closed here and the packer is told to put
    /// the items back. A change is shown but never applied under the packer's hands.
    func flagsSeen(_ state: inout AppState, order: String, _ flags: OrderFlags) -> [AppEffect] {
        guard var work = state.work, work.order.number == order, work.flags != flags else { return [] }
        work.flags = flags
        state.work = work
        if flags.cancelRequestedAt != nil {
            state.status = StatusMessage(strings.text(.orderCancelledInShop, ["order": order]), .error)
            return [.beep, .move(order: order, from: work.order.status, to: .cancelled)]
        }
        state.status = StatusMessage(strings.text(.orderChangedInShop, ["order": order]), .warning)
        return [.beep]
    }

    func statusMoved(_ state: inout AppState, order: String, to: OrderStatus) -> [AppEffect] {
        guard var work = state.work, work.order.number == order else { return [] }
        work.order.status = to
        state.work = work
        switch to {
        case .cancelled:
            state.work = nil
            state.screen = .queue
            return [reloadQueue(state)]
        case .picked:
            return [.move(order: order, from: .picked, to: .packing)]
        case .packing:
            state.screen = .pack
            // An order sorted from a cart keeps saying which tote it came from.
            state.status = state.work?.sortedFrom.map { StatusMessage($0, .ok) }
                ?? StatusMessage(strings.text(.packScanItems), .info)
            return []
        default:
            return []
        }
    }
}
