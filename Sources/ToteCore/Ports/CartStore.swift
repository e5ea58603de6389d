/// What cluster picking needs from persistence: claiming a cart of orders at once, finding it
/// again after a restart, closing it, and sorting its items at the pack station.
/// `ToteStore`'s SQLite store implements it beside `OrderStore`. Each method is one
/// transaction; times are milliseconds since 1970.
public protocol CartStore: Sendable {
    /// Claims, for `station`, each of `orders` (tote 1 first) that is still new and unclaimed,
    /// and puts it on `cart` at its tote. Orders taken meanwhile by another station are left
    /// out. Returns the claimed ones, tote order.
    func claimCart(_ cart: String, orders: [String], station: String, actor: String, now: Int64) throws -> [OrderProgress]

    /// The cart `station` is picking, with its orders by tote; nil when it has none.
    func activeCart(station: String) throws -> (cart: String, orders: [OrderProgress])?

    /// The cart is walked: its orders move on to `picked` and their claims are freed, so any
    /// pack station can take them. They keep their cart and tote for sorting. Returns how many.
    func closeCart(_ cart: String, station: String, actor: String, now: Int64) throws -> Int

    /// Sort at the pack station: the picked, unclaimed order from a cart that still needs a unit
    /// of `sku`, claimed for `station` (lowest cart, then tote, first). Nil when none does.
    func sortItem(sku: String, station: String, actor: String, now: Int64) throws -> (OrderProgress, cart: String, tote: Int)?
}
