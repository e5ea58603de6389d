/// What rules ask the packer to do for one order: one rule's actions, or the merged actions of
/// every rule that fired (see `RuleSet.evaluate` for how they merge).
public struct RuleActions: Equatable, Sendable {
    /// Inserts first, then materials, in resolution order.
    public var items: [InsertAction]
    /// A gift message card must go in the box.
    public var giftCard: Bool
    /// The packing slip prints without prices.
    public var hidePrices: Bool
    /// Shown prominently on the pack screen, in resolution order, without duplicates.
    public var instructions: [String]
    /// The carton must be one marked `branded = true` in `cartons.toml`.
    public var brandedBox: Bool
    /// Name of the return label to print with the shipping label; nil for none.
    public var returnLabel: String?

    public init(items: [InsertAction] = [], giftCard: Bool = false, hidePrices: Bool = false,
                instructions: [String] = [], brandedBox: Bool = false, returnLabel: String? = nil) {
        self.items = items
        self.giftCard = giftCard
        self.hidePrices = hidePrices
        self.instructions = instructions
        self.brandedBox = brandedBox
        self.returnLabel = returnLabel
    }

    public var isEmpty: Bool {
        items.isEmpty && !giftCard && !hidePrices && instructions.isEmpty && !brandedBox && returnLabel == nil
    }

    /// Adds `other`'s actions after these. The same insert or material (same barcode, else same
    /// name or material kind) is kept once with the larger quantity, in its first place;
    /// flags are or-ed; the first return label wins (so the higher-priority rule's does).
    public mutating func merge(_ other: RuleActions) {
        for item in other.items {
            if let i = items.firstIndex(where: { $0.mergeKey == item.mergeKey }) {
                items[i].quantity = max(items[i].quantity, item.quantity)
            } else {
                items.append(item)
            }
        }
        giftCard = giftCard || other.giftCard
        hidePrices = hidePrices || other.hidePrices
        for text in other.instructions where !instructions.contains(text) { instructions.append(text) }
        brandedBox = brandedBox || other.brandedBox
        if returnLabel == nil { returnLabel = other.returnLabel }
    }

    /// Short list of the actions for explanations.
    public var summary: [String] {
        var out: [String] = []
        for item in items {
            let what: String
            switch item.kind {
            case .insert: what = "insert"
            case .material: what = "material"
            }
            out.append("\(what) \(item.quantity) × \(item.name) (\(item.verify == .scan ? "scan \(item.barcode ?? "")" : "confirm"))")
        }
        if giftCard { out.append("gift message card") }
        if hidePrices { out.append("hide prices on the packing slip") }
        for text in instructions { out.append("instruction: \(text)") }
        if brandedBox { out.append("branded box") }
        if let returnLabel { out.append("return label \(returnLabel)") }
        return out
    }
}
