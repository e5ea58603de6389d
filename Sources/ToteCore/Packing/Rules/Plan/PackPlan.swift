/// Everything a packer must do for one order, built once when the order reaches the pack
/// screen: the lines to scan, the inserts and materials rules asked for, the gift card, the
/// cartons, and the instructions to show prominently. Immutable; progress lives in `PackSession`.
public struct PackPlan: Equatable, Sendable {
    public var orderNumber: String
    /// Lines first (order line order), then inserts and materials (rule resolution order), the
    /// gift card, then one carton item per suggested box. Item ids are indices into this array.
    public var items: [PackPlanItem]
    /// Show prominently, in resolution order.
    public var instructions: [String]
    /// The packing slip must print without prices.
    public var hidePrices: Bool
    /// Text for the gift card when `items` has a `.giftCard`; nil when the customer wrote none.
    public var giftMessage: String?
    /// Return label to print with the shipping label; nil for none.
    public var returnLabel: String?
    /// Only a branded carton may be used.
    public var brandedBox: Bool
    /// Suggested boxes (empty loads when no cartons are configured).
    public var cartons: CartonPlan
    /// Names of the rules that fired, in resolution order (for the screen and the pack record).
    public var firedRules: [String]
    /// Every shippable unit with its size and weight, in line order.
    public var units: [PackUnit]

    /// Builds the plan.
    /// - Parameters:
    ///   - rules: the pack rules; `RuleSet.empty` gives a plain scan-every-unit checklist.
    ///   - cartons: the carton config; nil or no cartons means no carton step.
    ///   - now: evaluation time for date and weekday conditions.
    ///   - customerTags: customer tags when the shop provides them.
    public init(order: Order, catalog: Catalog, rules: RuleSet, cartons: CartonConfig?, now: LocalTime,
                customerTags: [String] = []) {
        let evaluation = rules.evaluate(RuleFacts(order: order, catalog: catalog, now: now, customerTags: customerTags))
        let actions = evaluation.actions
        orderNumber = order.number
        instructions = actions.instructions
        hidePrices = actions.hidePrices
        returnLabel = actions.returnLabel
        brandedBox = actions.brandedBox
        giftMessage = actions.giftCard ? order.giftMessage : nil
        firedRules = evaluation.fired.map { rules.rules[$0].name }
        units = PackUnit.units(of: order, catalog: catalog)

        var items: [PackPlanItem] = []
        for line in order.shippableLines where line.quantity > 0 {
            items.append(PackPlanItem(kind: .line(lineNumber: line.lineNumber, sku: line.sku), name: line.name,
                                      quantity: line.quantity,
                                      verify: line.quantity >= rules.scanOnceFrom ? .scanOnceConfirmCount : .scanEach))
        }
        for a in actions.items {
            let kind: PackPlanItem.Kind
            switch a.kind {
            case .insert: kind = .insert
            case .material(let m): kind = .material(m)
            }
            items.append(PackPlanItem(kind: kind, name: a.name, quantity: a.quantity, barcode: a.barcode,
                                      verify: a.verify == .scan ? .scanEach : .confirm, weightGrams: a.weightGrams))
        }
        if actions.giftCard { items.append(PackPlanItem(kind: .giftCard, name: "Gift message card", quantity: 1, verify: .confirm)) }
        if let config = cartons, !config.cartons.isEmpty {
            self.cartons = config.planner.plan(units, branded: actions.brandedBox)
            let n = self.cartons.loads.count
            for (i, load) in self.cartons.loads.enumerated() {
                let name = n > 1 ? "Carton \(i + 1) of \(n): \(load.carton.name)" : "Carton \(load.carton.name)"
                items.append(PackPlanItem(kind: .carton(load: i), name: name, quantity: 1, barcode: load.carton.barcode,
                                          verify: .cartonScan))
            }
        } else {
            self.cartons = CartonPlan()
        }
        self.items = items
    }

    /// Weight of the goods, inserts and materials, grams (no cartons).
    public var contentGrams: Int {
        units.reduce(0) { $0 + $1.weightGrams } + items.reduce(0) { $0 + $1.weightGrams * $1.quantity }
    }
}
