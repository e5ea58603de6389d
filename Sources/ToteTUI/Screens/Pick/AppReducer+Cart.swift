import ToteCore

/// Cluster picking: a cart label (`CART01`) scanned on the queue claims up to
/// `AppContext.cartTotes` orders, one tote each; the pick screen walks one route for all of them
/// and says, at each stop, which tote gets how many. When the cart is walked its orders go on to
/// the pack stations, where scanning an item finds the order (and tote) it belongs to.
extension AppReducer {
    /// The candidates are in: choose the cart's orders (urgency first, then shared walk) and claim them.
    func cartCandidates(_ state: inout AppState, cart: String, _ orders: [Order]) -> [AppEffect] {
        let chosen = CartWalk.choose(from: orders, totes: context.cartTotes, catalog: context.catalog, layout: context.layout)
        guard !chosen.isEmpty else {
            state.status = StatusMessage(strings.text(.cartNothing, ["cart": cart]), .warning)
            return [.beep]
        }
        return [.claimCart(cart: cart, orders: chosen.map(\.number))]
    }

    func cartOpened(_ state: inout AppState, cart: String, _ orders: [OrderProgress], resumed: Bool) -> [AppEffect] {
        guard !orders.isEmpty else {
            state.status = StatusMessage(strings.text(.cartNothing, ["cart": cart]), .warning)
            return [.beep]
        }
        state.cart = CartWalk(cart: cart, orders: orders.map(\.order), catalog: context.catalog, layout: context.layout,
                              pickedByOrder: Dictionary(uniqueKeysWithValues: orders.map { ($0.order.number, $0.pickedByLine) }))
        state.screen = .pick
        state.status = StatusMessage(strings.text(resumed ? .cartResumed : .cartOpened,
                                                  ["cart": cart, "count": String(orders.count)]), .ok)
        if state.cart?.pick.isComplete == true { return [.closeCart(cart: cart)] }
        return []
    }

    func cartClosed(_ state: inout AppState, cart: String, orders: Int) -> [AppEffect] {
        state.cart = nil
        state.screen = .queue
        state.status = StatusMessage(strings.text(.cartDone, ["cart": cart, "count": String(orders)]), .ok)
        return [reloadQueue(state)]
    }

    /// The order an item scanned on an idle pack station belongs to is now held here: pack it.
    func sorted(_ state: inout AppState, _ progress: OrderProgress, cart: String, tote: Int) -> [AppEffect] {
        let effects = openOrder(&state, progress, resumed: false)
        let text = strings.text(.sortFound, ["tote": String(tote), "cart": cart, "order": progress.order.number])
        state.work?.sortedFrom = text
        state.status = StatusMessage(text, .ok)
        return effects
    }

    func cartKey(_ state: inout AppState, _ key: Key) -> [AppEffect] {
        switch key {
        case .escape, .function(3):
            state.screen = .queue
            return [reloadQueue(state)]
        default:
            return []
        }
    }

    /// A scan on the cart's pick screen: the bin, then each unit, which goes to the first tote
    /// at this stop that still needs it.
    func cartScan(_ state: inout AppState, raw: String, kind: ScanKind) -> [AppEffect] {
        guard let cart = state.cart else { return [] }
        if case .command(let command) = kind { return commandNotHere(&state, command, raw: raw, phase: .pick) }
        guard let outcome = cart.pick.evaluate(kind) else {
            return refuse(&state, strings.text(.scanUnknown, ["code": Self.clip(raw)]), raw: raw, kind: kind,
                          outcome: "not_an_item", phase: .pick)
        }
        switch outcome {
        case .binConfirmed:
            let order = cart.sharesHere.first?.owner.order ?? cart.orders.first
            return [.record(cartRecord(state, raw: raw, kind: kind, order: order, effect: nil), ack: .cart(outcome))]
        case .picked(let step):
            let owner = cart.owners[step]
            return [.record(cartRecord(state, raw: raw, kind: kind, order: owner.order,
                                       effect: .pick(line: cart.pick.steps[step].lineNumber)), ack: .cart(outcome))]
        default:
            return pickRefused(&state, outcome, raw: raw, kind: kind)
        }
    }

    /// The store has the scan: count it, say which tote, and close the cart after its last unit.
    func cartCommitted(_ state: inout AppState, _ outcome: PickList.Outcome) -> [AppEffect] {
        guard var cart = state.cart else { return [] }
        cart.pick.commit(outcome)
        state.cart = cart
        switch outcome {
        case .binConfirmed(let bin):
            state.status = StatusMessage(strings.text(.pickBinConfirmed, ["bin": bin.code]), .ok)
        case .picked(let step):
            let s = cart.pick.steps[step]
            state.status = StatusMessage(strings.text(.cartPut, ["tote": String(cart.owners[step].tote),
                                                                 "order": cart.owners[step].order, "sku": s.sku,
                                                                 "have": String(cart.pick.picked[step]),
                                                                 "need": String(s.quantity)]), .ok)
            if cart.pick.isComplete { return [.closeCart(cart: cart.cart)] }
        default:
            break
        }
        return []
    }

    private func cartRecord(_ state: AppState, raw: String, kind: ScanKind, order: String?,
                            effect: ScanRecord.Effect?) -> ScanRecord {
        var scan = record(state, raw: raw, kind: kind, outcome: "accepted", phase: .pick, effect: effect)
        scan.orderNumber = order
        return scan
    }
}
