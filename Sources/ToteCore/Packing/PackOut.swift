/// A packed order as the pack station hands it over to be booked and printed: the boxes with
/// their weights and what the packing slip must say.
public struct PackOut: Equatable, Sendable {
    /// One box (carton) of the shipment.
    public struct Box: Equatable, Sendable {
        /// 1-based, as printed ("carton 1 of 2").
        public var number: Int
        /// The carton used; nil when no cartons are configured.
        public var cartonName: String?
        /// Goods, inserts, materials and the empty box, grams (> 0).
        public var grams: Int

        public init(number: Int, cartonName: String?, grams: Int) {
            self.number = number
            self.cartonName = cartonName
            self.grams = grams
        }
    }

    public var order: Order
    /// At least one box, numbered 1…n.
    public var boxes: [Box]
    /// The packing slip prints without prices.
    public var hidePrices: Bool
    /// The service the packer chose; nil for the automatic choice.
    public var requestedService: String?
    /// The return label a rule asked for (`PackPlan.returnLabel`); nil for none.
    public var returnLabel: String?

    public init(order: Order, boxes: [Box], hidePrices: Bool, requestedService: String? = nil, returnLabel: String? = nil) {
        self.order = order
        self.boxes = boxes.isEmpty ? [Box(number: 1, cartonName: nil, grams: 1)] : boxes
        self.hidePrices = hidePrices
        self.requestedService = requestedService
        self.returnLabel = returnLabel
    }

    /// The pack-out of a finished session. Each box weighs its share of what the scale said
    /// (boxes are weighed together); without a weighing, what the plan expects.
    /// - Parameter weighedGrams: the scale reading for all boxes together, grams.
    public init(order: Order, session: PackSession, weighedGrams: Int?, requestedService: String?) {
        let plan = session.plan
        let expected = max(session.expectedGrams, 1)
        var boxes: [Box] = []
        let loads = plan.cartons.loads
        if loads.isEmpty {
            boxes = [Box(number: 1, cartonName: nil, grams: max(weighedGrams ?? plan.contentGrams, 1))]
        } else {
            // Inserts and materials travel in the first box.
            let extras = plan.items.reduce(0) { $0 + $1.weightGrams * $1.quantity }
            let cartonItems = plan.items.indices.filter { if case .carton = plan.items[$0].kind { true } else { false } }
            for (n, load) in loads.enumerated() {
                let carton = cartonItems.indices.contains(n) ? (session.chosenCartons[cartonItems[n]] ?? load.carton) : load.carton
                let planned = load.contentGrams + carton.tareGrams + (n == 0 ? extras : 0)
                let grams = weighedGrams.map { Int((Double(planned) * Double($0) / Double(expected)).rounded()) } ?? planned
                boxes.append(Box(number: n + 1, cartonName: carton.name, grams: max(grams, 1)))
            }
        }
        self.init(order: order, boxes: boxes, hidePrices: plan.hidePrices || order.isGift, requestedService: requestedService,
                  returnLabel: plan.returnLabel)
    }
}
