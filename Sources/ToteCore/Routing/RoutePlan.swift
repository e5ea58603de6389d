/// A planned pick walk.
public struct RoutePlan: Equatable, Sendable {
    /// Indices into the planned picks, in walking order; every pick exactly once.
    public var order: [Int]
    /// Walking distance start depot → picks in `order` → end depot, metres: the sum of exact
    /// shortest distances between consecutive stops.
    public var length: Double
    /// Sum of the level costs of the picks (`WarehouseLayout.levelCost`), metres-equivalent;
    /// the same for every order.
    public var reachCost: Double
    /// True when `length` is the proven optimum (the exact sweep finished).
    public var isOptimal: Bool

    public init(order: [Int], length: Double, reachCost: Double = 0, isOptimal: Bool) {
        self.order = order
        self.length = length
        self.reachCost = reachCost
        self.isOptimal = isOptimal
    }
}
