/// What a supervisor may have to deal with on an order.
public enum ExceptionKind: String, Sendable, CaseIterable, Comparable {
    /// A packer scanned SHORT: the bin held fewer units than the pick list asked.
    case shortPick = "short_pick"
    /// A packer scanned DAMAGED.
    case damaged
    /// The order is `on_hold`.
    case onHold = "on_hold"
    /// The order is in status `exception`.
    case exception
    /// A label failed to print (counted once printing lands; 0 until then).
    case failedPrint = "failed_print"
    /// A station holds the order but has not been heard from for longer than the stale limit.
    case staleClaim = "stale_claim"
    /// The shop changed the order while a station held it.
    case changedInShop = "changed_in_shop"
    /// The shop cancelled the order while a station held it.
    case cancelledInShop = "cancelled_in_shop"
    /// A station's scans taken offline were refused when they reached the server: the order
    /// was cancelled or given to another station meanwhile.
    case offlineConflict = "offline_conflict"

    public static func < (l: ExceptionKind, r: ExceptionKind) -> Bool {
        allCases.firstIndex(of: l)! < allCases.firstIndex(of: r)!
    }
}
