/// Plans the shortest pick walk through a set of bins of one layout.
///
/// Runs the exact aisle sweep (`AisleSweepDP`, optimal for up to `AisleSweepDP.maxBlocks`
/// blocks); if the layout has more blocks or the time budget runs out first, it falls back to
/// nearest neighbour + 2-opt/Or-opt on exact distances (`LocalSearch`), which always yields a
/// valid walk. Pure and deterministic for the same input and deadline answers.
public struct PickRoutePlanner: Sendable {
    public let layout: WarehouseLayout
    public let geometry: AisleGeometry

    /// `layout` must be valid (`layout.validate().isEmpty`).
    public init(layout: WarehouseLayout) {
        self.layout = layout
        self.geometry = AisleGeometry(layout: layout)
    }

    /// Plans a walk through `bins` (each must be in the layout; repeats are allowed and are
    /// visited together).
    public func plan(_ bins: [BinLocation], options: RouteOptions = RouteOptions()) -> RoutePlan {
        var plan = plan(points: bins.map(layout.walkPoint(of:)), options: options)
        plan.reachCost = bins.reduce(0) { $0 + layout.reachCost(of: $1) }
        return plan
    }

    /// Plans a walk through aisle points of this layout.
    public func plan(points: [WalkPoint], options: RouteOptions = RouteOptions()) -> RoutePlan {
        let depots = layout.depots.isEmpty ? [Depot.front] : layout.depots
        let start = layout.walkPoint(of: depots[min(max(options.startDepot, 0), depots.count - 1)])
        let end = layout.walkPoint(of: depots[min(max(options.endDepot ?? options.startDepot, 0), depots.count - 1)])
        return Self.plan(points: points, start: start, end: end, geometry: geometry, isExpired: options.isExpired)
    }

    /// The planning core on bare geometry (used by the benchmark reader too).
    public static func plan(points: [WalkPoint], start: WalkPoint, end: WalkPoint, geometry: AisleGeometry,
                            isExpired: () -> Bool = { false }) -> RoutePlan {
        let dp = AisleSweepDP(geometry: geometry)
        if let (order, _) = dp.solve(picks: points, start: start, end: end, isExpired: isExpired) {
            return RoutePlan(order: order, length: walkLength(order, points, start, end, geometry), isOptimal: true)
        }
        let search = LocalSearch(geometry: geometry, picks: points, start: start, end: end)
        let order = points.isEmpty ? [] : search.solve(isExpired: isExpired)
        return RoutePlan(order: order, length: walkLength(order, points, start, end, geometry), isOptimal: false)
    }

    private static func walkLength(_ order: [Int], _ points: [WalkPoint], _ start: WalkPoint, _ end: WalkPoint,
                                   _ geometry: AisleGeometry) -> Double {
        geometry.length(of: [start] + order.map { points[$0] } + [end])
    }
}
