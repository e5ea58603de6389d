/// A supervisor's acceptance of an item that was not fully checked off; kept for the pack record.
public struct PackOverride: Equatable, Sendable {
    public var item: Int
    public var name: String
    /// Units not checked off when the override was given.
    public var missing: Int
    /// Who allowed it (badge or name).
    public var by: String
    public var reason: String

    public init(item: Int, name: String, missing: Int, by: String, reason: String) {
        self.item = item
        self.name = name
        self.missing = missing
        self.by = by
        self.reason = reason
    }
}
