/// What the station needs from persistence. `ToteStore` implements it over SQLite; a
/// PostgreSQL store can implement it beside that.
///
/// Every method is one transaction: it either happens whole or not at all, and it is safe to
/// call from several station processes sharing one store. Every `now` is milliseconds since
/// 1970 (as `Clock.nowMillis()`); order ship-by and created times are seconds since 1970.
public protocol OrderStore: Sendable {
    /// The catalogue of SKUs.
    func loadCatalog() throws -> Catalog

    /// The orders `query` selects, at-risk first (ship-by before `atRiskBefore`, seconds since
    /// 1970), then in `Order.queueOrder`; only rows `offset ..< offset + limit` are read.
    func queue(_ query: QueueQuery, atRiskBefore: Int64, offset: Int, limit: Int) throws -> [QueueRow]
    /// How many orders `query` selects.
    func count(_ query: QueueQuery) throws -> Int
    /// Orders per status, for the queue header.
    func statusCounts() throws -> [OrderStatus: Int]

    /// Atomically gives `station` the most urgent unclaimed `new` order and moves it to
    /// `picking`; nil when there is none. No two stations ever get the same order.
    /// `actor` (the signed-in badge) is written to the audit log with the change.
    func claimNext(station: String, actor: String, now: Int64) throws -> OrderProgress?
    /// Claims a given order for `station` (moving `new` to `picking`); returns nil if another
    /// station holds it or it is not open.
    func claim(number: String, station: String, actor: String, now: Int64) throws -> OrderProgress?
    /// Gives the order back to the queue; counts are kept.
    func release(number: String, station: String, actor: String, now: Int64) throws
    /// The order `station` holds, to resume after a restart.
    func activeOrder(station: String) throws -> OrderProgress?

    /// Appends the scan to the scan log and applies its effect, atomically. Returns false
    /// (and logs nothing as accepted) when the effect would exceed the ordered quantity or the
    /// order is no longer held by the scan's station.
    func record(_ scan: ScanRecord) throws -> Bool

    /// Moves an order held by `station` from one status to another (refused if illegal).
    func move(number: String, from: OrderStatus, to: OrderStatus, station: String, actor: String, now: Int64) throws

    /// Records how far the picker walks for order `number` (metres, the optimal route).
    func recordPickDistance(number: String, metres: Double) throws

    /// An order with its committed counts, whatever its status; nil if the store lacks it.
    func order(number: String) throws -> OrderProgress?

    /// What the shop did to the order while it was here (changed, cancel requested); nil if the
    /// order is not in the store.
    func flags(of number: String) throws -> OrderFlags?

    /// Marks the order packed, stores where its label went and frees the claim, atomically.
    func completePack(number: String, station: String, actor: String, labelPath: String, now: Int64) throws

    /// True when the store holds no orders and no SKUs.
    func isEmpty() throws -> Bool
    /// Replaces catalogue and orders with the given ones (the demo loader), atomically.
    func replaceAll(catalog: [SKU], orders: [Order]) throws
}

extension OrderStore {
    // The forms without an actor audit the station itself as the one who acted (tools, tests).

    public func claimNext(station: String, now: Int64) throws -> OrderProgress? {
        try claimNext(station: station, actor: station, now: now)
    }

    public func claim(number: String, station: String, now: Int64) throws -> OrderProgress? {
        try claim(number: number, station: station, actor: station, now: now)
    }

    public func release(number: String, station: String, now: Int64) throws {
        try release(number: number, station: station, actor: station, now: now)
    }

    public func move(number: String, from: OrderStatus, to: OrderStatus, station: String, now: Int64) throws {
        try move(number: number, from: from, to: to, station: station, actor: station, now: now)
    }

    public func completePack(number: String, station: String, labelPath: String, now: Int64) throws {
        try completePack(number: number, station: station, actor: station, labelPath: labelPath, now: now)
    }

    /// Every open order in `Order.queueOrder`, a window of them (no risk ordering).
    public func queue(offset: Int, limit: Int) throws -> [QueueRow] {
        try queue(QueueQuery(), atRiskBefore: .min, offset: offset, limit: limit)
    }

    /// How many open orders there are.
    public func openOrderCount() throws -> Int { try count(QueueQuery()) }
}

/// Errors a store reports in terms the station can explain.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case notFound(order: String)
    case notHeld(order: String, station: String)
    case illegal(IllegalTransition)
    case schemaTooNew(found: Int, supported: Int)

    public var description: String {
        switch self {
        case .notFound(let o): return "order \(o) is not in the store"
        case .notHeld(let o, let s): return "order \(o) is not held by station \(s)"
        case .illegal(let t): return t.description
        case .schemaTooNew(let f, let s):
            return "the store was written by a newer Tote (schema \(f), this one knows \(s)); upgrade Tote"
        }
    }
}
