import ToteCore

/// Carts and short picks need the server: a cart claims several orders at once and a short
/// pick opens a recount, neither of which a station may decide alone. Offline they are refused
/// with `StoreOffline` (the station says so plainly), like claims.
extension JournaledStore: CartStore, ShortPickStore {
    public func claimCart(_ cart: String, orders: [String], station: String, actor: String, now: Int64) throws -> [OrderProgress] {
        lock.lock()
        defer { lock.unlock() }
        return try needsServer("claim cart \(cart)") {
            try cartStore().claimCart(cart, orders: orders, station: station, actor: actor, now: now)
        }
    }

    public func activeCart(station: String) throws -> (cart: String, orders: [OrderProgress])? {
        lock.lock()
        defer { lock.unlock() }
        // A station resuming offline resumes the order it holds, not a cart.
        guard !offline else { return nil }
        return try needsServer("resume a cart") { try cartStore().activeCart(station: station) }
    }

    public func closeCart(_ cart: String, station: String, actor: String, now: Int64) throws -> Int {
        lock.lock()
        defer { lock.unlock() }
        return try needsServer("close cart \(cart)") { try cartStore().closeCart(cart, station: station, actor: actor, now: now) }
    }

    public func sortItem(sku: String, station: String, actor: String, now: Int64) throws -> (OrderProgress, cart: String, tote: Int)? {
        lock.lock()
        defer { lock.unlock() }
        return try needsServer("sort a cart's item") { try cartStore().sortItem(sku: sku, station: station, actor: actor, now: now) }
    }

    public func recordShortPick(_ short: ShortPick) throws -> ShortPickResult {
        lock.lock()
        defer { lock.unlock() }
        return try needsServer("record a short pick") { try shortPickStore().recordShortPick(short) }
    }

    public func openRecounts() throws -> [RecountTask] {
        lock.lock()
        defer { lock.unlock() }
        return try needsServer("list recounts") { try shortPickStore().openRecounts() }
    }

    public func closeRecount(bin: BinLocation, by who: String, now: Int64) throws -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return try needsServer("close a recount") { try shortPickStore().closeRecount(bin: bin, by: who, now: now) }
    }

    private func cartStore() throws -> CartStore {
        guard let carts = inner as? CartStore else { throw StoreOffline(action: "use carts", reason: "this store keeps no carts") }
        return carts
    }

    private func shortPickStore() throws -> ShortPickStore {
        guard let shorts = inner as? ShortPickStore else {
            throw StoreOffline(action: "record a short pick", reason: "this store keeps no short picks")
        }
        return shorts
    }
}
