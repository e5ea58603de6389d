/// What an import found about an order a station already holds; the station and the
/// supervisor show these, the import never changes the held order silently.
public struct OrderFlags: Equatable, Sendable, Codable {
    /// When an import brought a changed version of the order while it was in progress,
    /// milliseconds since 1970; nil when it did not happen.
    public var changedWhileClaimedAt: Int64?
    /// The order as last imported but not applied, while `changedWhileClaimedAt` is set.
    public var pendingChange: Order?
    /// When an import reported the order cancelled while it was in progress (the station should
    /// stop and put the goods back), milliseconds since 1970; nil when it did not happen.
    public var cancelRequestedAt: Int64?

    public init(changedWhileClaimedAt: Int64? = nil, pendingChange: Order? = nil, cancelRequestedAt: Int64? = nil) {
        self.changedWhileClaimedAt = changedWhileClaimedAt
        self.pendingChange = pendingChange
        self.cancelRequestedAt = cancelRequestedAt
    }

    /// True when nothing is flagged.
    public var isEmpty: Bool { changedWhileClaimedAt == nil && cancelRequestedAt == nil }
}
