/// A picker's report that a bin held fewer units than the pick list asked for: what the
/// short-pick dialog records, in one transaction, with the bin's recount task.
///
/// Invariant: `0 <= found <= needed`, `needed >= 1`. `needed` is the units still open on the
/// line when the dialog opened (ordered minus already picked), not the ordered quantity.
public struct ShortPick: Equatable, Sendable {
    public var order: String
    public var lineNumber: Int
    public var sku: String
    public var bin: BinLocation
    /// Units still to pick on the line when the picker reported the shortage.
    public var needed: Int
    /// Units the picker did find and takes along (they count as picked).
    public var found: Int
    public var reason: ShortReason
    /// The picker says the bin is empty now (the recount task says so too).
    public var binEmpty: Bool
    public var mode: ShortPickMode
    public var station: String
    public var packer: String
    /// Milliseconds since 1970.
    public var at: Int64
    /// What the picker scanned to open the dialog (`SHORT`, kept verbatim for the scan log);
    /// `SHORT` when a function key opened it.
    public var raw: String

    public init(order: String, lineNumber: Int, sku: String, bin: BinLocation, needed: Int, found: Int,
                reason: ShortReason, binEmpty: Bool, mode: ShortPickMode, station: String, packer: String, at: Int64,
                raw: String = StationCommand.short.rawValue) {
        self.raw = raw
        self.order = order
        self.lineNumber = lineNumber
        self.sku = sku
        self.bin = bin
        self.needed = needed
        self.found = found
        self.reason = reason
        self.binEmpty = binEmpty
        self.mode = mode
        self.station = station
        self.packer = packer
        self.at = at
    }

    /// Units the line ends up short by.
    public var missing: Int { needed - found }
}

/// What the store did with a `ShortPick`.
public enum ShortPickResult: Equatable, Sendable {
    /// The order moved to `exception` and its claim was freed.
    case movedToException(order: String)
    /// The line now asks for `picked + found` units; `order` is the order as the store now
    /// holds it (shortened lines reduced, lines left with nothing removed).
    case lineReduced(OrderProgress)
    /// The store refused: the order is not held by the station, the line or bin does not
    /// match, or `found`/`needed` disagree with the line's committed counts. Nothing changed.
    case refused(reason: String)
}
