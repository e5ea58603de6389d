/// What an import did (or, in a dry run, would do), order by order.
public struct ImportCounts: Equatable, Sendable {
    /// Orders (or SKUs) the store did not hold.
    public var new = 0
    /// Held, not yet started, and changed in the file: replaced.
    public var updated = 0
    /// Held and identical to the file: left alone.
    public var unchanged = 0
    /// Not imported on purpose: cancelled or already fulfilled in the shop, or already closed
    /// (packed, shipped, …) in the store.
    public var skipped = 0
    /// Changed in the file while a station works on it: not changed, flagged `changed_while_claimed`.
    public var flagged = 0
    /// Cancelled in the shop and not started here: moved to `cancelled`.
    public var cancelled = 0
    /// Cancelled in the shop while a station works on it: flagged `cancel_requested`.
    public var cancelRequested = 0
    /// Refused for problems in the file.
    public var rejected = 0

    public init() {}

    /// `12 new, 3 updated, 40 unchanged, 2 skipped, 0 rejected` plus any flags raised.
    public var summary: String {
        var parts = ["\(new) new", "\(updated) updated", "\(unchanged) unchanged", "\(skipped) skipped"]
        if cancelled > 0 { parts.append("\(cancelled) cancelled") }
        if flagged > 0 { parts.append("\(flagged) changed while at a station (flagged)") }
        if cancelRequested > 0 { parts.append("\(cancelRequested) cancel requested at a station") }
        parts.append("\(rejected) rejected")
        return parts.joined(separator: ", ")
    }
}
