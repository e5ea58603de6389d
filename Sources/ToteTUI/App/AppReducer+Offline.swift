import ToteCore

/// A station that keeps working through a network drop (issue 11): the journaled store keeps
/// scans and steps while the server does not answer and replays them when it does. The reducer
/// only shows the link (a banner on every screen) and tells the packer about refused replays.
extension AppReducer {
    /// Stores the link; the views draw the banner from it. No status message and no beep: the
    /// link changes right after the scan that found it, and that scan's own message (what it
    /// counted) matters more to the packer than the banner, which says the rest.
    func linkChanged(_ state: inout AppState, _ link: StoreLink) -> [AppEffect] {
        state.link = link
        return []
    }

    /// Steps replayed after a drop that the server refused: the order was cancelled or given to
    /// another station meanwhile. The packer is told which order and how many steps were not
    /// counted (the store keeps them for the supervisor); when the order in hand is among them,
    /// it is no longer this station's, so its work is dropped and the station goes back to the
    /// queue, as when an order is cancelled under it.
    func offlineConflicts(_ state: inout AppState, _ conflicts: [OfflineConflict]) -> [AppEffect] {
        guard !conflicts.isEmpty else { return [] }
        var orders: [String] = []
        for conflict in conflicts where !orders.contains(conflict.order) { orders.append(conflict.order) }
        let held = Set([state.work?.order.number].compactMap { $0 } + (state.cart?.orders ?? []))
        // The order the packer holds is named first: it is the one that changes their screen.
        if let mine = orders.firstIndex(where: held.contains) { orders.insert(orders.remove(at: mine), at: 0) }
        let first = orders[0]
        let count = conflicts.filter { $0.order == first }.count
        let named = orders.count > 1
            ? strings.text(.offlineConflictMore, ["order": first, "count": String(orders.count - 1)]) : first
        let key: StringKey = count == 1 ? .offlineConflictOne : .offlineConflict
        state.status = StatusMessage(strings.text(key, ["order": named, "count": String(count)]), .error)
        guard orders.contains(where: held.contains) else { return [.beep] }
        // A cart shares one walk between its orders: with one of them gone the walk is wrong, so
        // the cart is dropped too (a restart's resume brings back the orders still held here).
        state.work = nil
        state.cart = nil
        state.screen = .queue
        return [.beep, reloadQueue(state)]
    }
}
