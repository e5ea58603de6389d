/// Which open orders miss their carrier cutoff at the current packing rate, and how many
/// packers would make every cutoff.
///
/// Model: orders are packed earliest cutoff first (ties by number); the team packs one order
/// every `secondsPerOrder / packers` seconds from `now`. Order k (1-based) is done at
/// `now + k × secondsPerOrder / packers`; it is at risk when that is after its `shipBy`.
/// Orders whose cutoff is already past are `late` (and at risk). Packers needed is the least
/// whole number p with `k_c × secondsPerOrder / p ≤ c − now` for every future cutoff c, where
/// `k_c` counts the not-late orders due by c.
///
/// Units: `nowSeconds` and `shipBy` are seconds since 1970; `secondsPerOrder` is seconds one
/// packer spends per order.
public struct CutoffForecast: Equatable, Sendable {
    /// Orders due at one cutoff.
    public struct Cutoff: Equatable, Sendable {
        /// Seconds since 1970.
        public var shipBy: Int64
        public var orders: Int
        public var atRisk: Int
    }

    /// Numbers of the orders forecast to miss their cutoff (late ones included), earliest first.
    public var atRisk: [String]
    /// Orders whose cutoff has already passed.
    public var late: Int
    /// Every cutoff with open orders, earliest first.
    public var cutoffs: [Cutoff]
    /// Packers needed to make every future cutoff; nil when the rate is unknown (`secondsPerOrder <= 0`).
    public var packersNeeded: Int?
    /// Packers the forecast assumed.
    public var packers: Int
    /// Seconds per order per packer the forecast assumed.
    public var secondsPerOrder: Double

    public init(orders: [DashboardFacts.OpenOrder], nowSeconds: Int64, packers: Int, secondsPerOrder: Double) {
        let sorted = orders.sorted { ($0.shipBy, $0.number) < ($1.shipBy, $1.number) }
        self.packers = max(0, packers)
        self.secondsPerOrder = secondsPerOrder
        var atRisk: [String] = []
        var late = 0
        var cutoffs: [Cutoff] = []
        var k = 0
        var needed = 0
        let known = secondsPerOrder > 0
        for order in sorted {
            var risky: Bool
            if order.shipBy <= nowSeconds {
                late += 1
                risky = true
            } else {
                k += 1
                if self.packers > 0, known {
                    let finish = Double(nowSeconds) + Double(k) * secondsPerOrder / Double(self.packers)
                    risky = finish > Double(order.shipBy) + 1e-9
                } else {
                    risky = true
                }
                if known {
                    let p = Double(k) * secondsPerOrder / Double(order.shipBy - nowSeconds)
                    needed = max(needed, Int((p - 1e-9).rounded(.up)))
                }
            }
            if risky { atRisk.append(order.number) }
            if cutoffs.last?.shipBy == order.shipBy {
                cutoffs[cutoffs.count - 1].orders += 1
                cutoffs[cutoffs.count - 1].atRisk += risky ? 1 : 0
            } else {
                cutoffs.append(Cutoff(shipBy: order.shipBy, orders: 1, atRisk: risky ? 1 : 0))
            }
        }
        self.atRisk = atRisk
        self.late = late
        self.cutoffs = cutoffs
        packersNeeded = known ? needed : nil
    }
}
