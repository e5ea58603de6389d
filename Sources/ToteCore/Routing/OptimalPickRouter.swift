/// The station's router: the shortest walk from the pack station through every bin of the
/// pick list and back (see `PickRoutePlanner`). Steps in the same bin stay together in their
/// given order; steps whose bin is not in the layout go last, in their given order.
///
/// Construct with `OptimalPickRouter()` and pass the layout per call, as `PickRouter` does;
/// `options` picks the depots and the time budget.
public struct OptimalPickRouter: PickRouter {
    public var options: RouteOptions

    public init(options: RouteOptions = RouteOptions()) { self.options = options }

    public func route(_ steps: [PickStep], in layout: WarehouseLayout) -> [PickStep] {
        guard layout.validate().isEmpty else { return LocationSequenceRouter().route(steps, in: layout) }
        let routable = steps.indices.filter { layout.contains(steps[$0].bin) }
        let stray = steps.indices.filter { !layout.contains(steps[$0].bin) }
        let plan = PickRoutePlanner(layout: layout).plan(routable.map { steps[$0].bin }, options: options)
        return plan.order.map { steps[routable[$0]] } + stray.map { steps[$0] }
    }
}
