import ToteCore

/// Work the reducer asks the runtime to do at the edges (store, label spool, terminal).
/// Values, so reducer tests compare them without running anything.
public enum AppEffect: Equatable, Sendable {
    case loadQueue(offset: Int, limit: Int, query: QueueQuery = QueueQuery())
    case resume
    case claimNext
    case claim(order: String)
    case release(order: String)
    case record(ScanRecord, ack: ScanAck)
    case move(order: String, from: OrderStatus, to: OrderStatus)
    /// Close the box: book and print (or spool) its labels, then mark the order packed.
    case finish(PackOut)
    /// The whole pick walk's length, metres, recorded when the last unit is picked.
    case recordPickDistance(order: String, metres: Double)
    /// REPRINT: a counted new copy of the order's label.
    case reprint(order: String)
    /// The confirmed short-pick dialog, recorded in one transaction by the `ShortPickStore`.
    case recordShortPick(ShortPick)
    /// A badge was scanned: find out who it is (answered by `AppEvent.badgeLookedUp`).
    case lookUpBadge(String)
    /// Cluster picking: the open orders a cart could take (answered by `AppEvent.cartCandidates`).
    case loadCartCandidates(cart: String)
    /// Claim `orders` onto `cart`, tote 1 first.
    case claimCart(cart: String, orders: [String])
    /// The cart is walked: its orders go on to packing.
    case closeCart(cart: String)
    /// Sort at the pack station: which cart order needs this item?
    case sortItem(sku: String)
    case beep
    case quit
}
