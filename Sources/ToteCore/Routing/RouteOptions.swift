/// How a walk starts and ends, and how long the router may think.
public struct RouteOptions: Sendable {
    /// Index into `WarehouseLayout.depots` where the walk starts.
    public var startDepot: Int
    /// Index of the depot where it ends; nil = back to `startDepot`.
    public var endDepot: Int?
    /// Returns true once the time budget is spent; the router then returns the best walk it
    /// has. Injected (e.g. from a clock) so tests stay deterministic; default never expires.
    public var isExpired: @Sendable () -> Bool

    public init(startDepot: Int = 0, endDepot: Int? = nil, isExpired: @escaping @Sendable () -> Bool = { false }) {
        self.startDepot = startDepot
        self.endDepot = endDepot
        self.isExpired = isExpired
    }
}
