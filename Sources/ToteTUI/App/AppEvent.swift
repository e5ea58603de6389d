import ToteCore

/// What happened: keys from the terminal, time passing, and results of effects.
/// Named as facts; the reducer decides what they mean.
public enum AppEvent: Equatable, Sendable {
    case started
    case input(TerminalInput, atMillis: Int64)
    case tick(atMillis: Int64)
    case queueLoaded(rows: [QueueRow], offset: Int, total: Int)
    case statusCounted([OrderStatus: Int])
    /// A claim or a resume gave this station an order.
    case orderOpened(OrderProgress, resumed: Bool)
    case nothingToClaim
    case claimRefused(order: String)
    /// The store committed (or refused) a scan; only now do counts change on screen.
    case scanRecorded(ScanAck, accepted: Bool)
    case statusMoved(order: String, to: OrderStatus)
    case orderCompleted(order: String, labelPath: String)
    /// DONE closed the order and queued its label for `printer`.
    case labelQueued(order: String, printer: String, tracking: String?)
    /// A pass over the print queue: what printed, which printers are offline.
    case printRound(PrintRound)
    /// REPRINT queued a new copy (`queued`), or could not (`false`: no label printer or no label).
    case reprinted(order: String, queued: Bool)
    case released(order: String)
    /// The shop changed or cancelled the held order since the station last looked.
    case flagsSeen(order: String, OrderFlags)
    /// The store answered a `recordShortPick`; only now does the pick screen change.
    case shortPickRecorded(ShortPickResult)
    /// Who a scanned badge belongs to.
    case badgeLookedUp(badge: String, BadgeLookup)
    /// Open orders a cart could take, most urgent first.
    case cartCandidates(cart: String, [Order])
    /// A cart claimed (or found again after a restart) with its orders, tote 1 first.
    case cartOpened(cart: String, [OrderProgress], resumed: Bool)
    case cartClosed(cart: String, orders: Int)
    /// An item scanned on an idle pack station belongs to this cart order (now held here).
    case sorted(OrderProgress, cart: String, tote: Int)
    case nothingToSort(sku: String)
    case failed(StringKey, reason: String)
    case notice(String)
    /// The signed-in packer's language became known (from their badge record), or nil: the
    /// station's language again. `--lang` still wins.
    case packerLanguage(Language?)
    /// The store's link as the last store call (or journal replay) found it; an unchanged link
    /// changes nothing.
    case linkChanged(StoreLink)
    /// Steps taken offline that the server refused when they were replayed, each reported once.
    case offlineConflicts([OfflineConflict])
}

/// What a recorded scan does on screen once the store has it.
public enum ScanAck: Equatable, Sendable {
    case none
    case pick(PickList.Outcome)
    /// A cart walk's bin confirmation or put.
    case cart(PickList.Outcome)
    /// A pack checklist step to commit.
    case pack(PackStep)
    /// UNDO: take back the session's last step.
    case packUndo
    /// The parcel weighed `grams`, within tolerance.
    case weighed(grams: Int)
    /// The packer chose carrier service `id` (nil: back to the automatic choice).
    case service(String?)
}
