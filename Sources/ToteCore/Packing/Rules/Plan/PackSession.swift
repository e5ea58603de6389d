/// Progress through a `PackPlan`: what is checked off, which cartons were used, overrides, and
/// an undo history. A value type driven like `PickList`: `evaluate` decides, `commit`
/// applies; a refused step changes nothing.
///
/// Invariants: `counts[i]` is in `0...plan.items[i].quantity`; `history` holds exactly the
/// accepted steps committed and not undone, newest last.
public struct PackSession: Equatable, Sendable {
    public let plan: PackPlan
    public private(set) var counts: [Int]
    /// By carton item id: the carton the packer scanned.
    public private(set) var chosenCartons: [Int: Carton]
    /// By item id.
    public private(set) var overrides: [Int: PackOverride]
    public private(set) var history: [PackStep]
    /// Used to validate scanned cartons; empty when no cartons are configured.
    private let planner: CartonPlanner

    public init(plan: PackPlan, cartons: CartonConfig?) {
        self.plan = plan
        counts = Array(repeating: 0, count: plan.items.count)
        chosenCartons = [:]
        overrides = [:]
        history = []
        planner = CartonPlanner(cartons: cartons?.cartons ?? [])
    }

    // MARK: State

    public func isDone(_ item: Int) -> Bool {
        guard plan.items.indices.contains(item) else { return false }
        return counts[item] >= plan.items[item].quantity || overrides[item] != nil
    }

    /// Every item checked off or overridden: the order may be closed (after the weight check).
    public var isComplete: Bool { plan.items.indices.allSatisfy(isDone) }

    /// Ids of items still open, in plan order.
    public var open: [Int] { plan.items.indices.filter { !isDone($0) } }

    /// How the packer checks off item `item` from here: the one place that decides it, for the
    /// station's "Next:" line and for scripted packers alike.
    public enum NextAction: Equatable, Sendable {
        /// Scan the item (a line's product, or an insert's or material's barcode).
        case scan
        /// The confirm key or CONFIRM (confirm-only items, a large line's count after one scan).
        case confirm
        /// Scan a carton label that fits (`PackPlanItem.barcode` is the suggested one).
        case carton
    }

    public func nextAction(for item: Int) -> NextAction {
        let it = plan.items[item]
        if case .carton = it.kind { return .carton }
        switch it.verify {
        case .confirm: return .confirm
        case .scanOnceConfirmCount where counts[item] > 0: return .confirm
        default: return .scan
        }
    }

    /// A large line that has its first scan and waits for the count to be confirmed.
    public func awaitsCountConfirmation(_ item: Int) -> Bool {
        plan.items.indices.contains(item) && plan.items[item].verify == .scanOnceConfirmCount && counts[item] > 0 && !isDone(item)
    }

    /// What the parcel(s) should weigh, grams: goods, inserts and materials, plus the tare of
    /// the scanned cartons (the suggested ones where none was scanned yet).
    public var expectedGrams: Int {
        var tare = 0
        for (i, item) in plan.items.enumerated() {
            guard case .carton(let load) = item.kind else { continue }
            tare += chosenCartons[i]?.tareGrams ?? plan.cartons.loads[load].carton.tareGrams
        }
        return plan.contentGrams + tare
    }

    /// Compares the weighed parcel(s) with `expectedGrams`; `.recount` means count the box again.
    public func checkWeight(measuredGrams: Int, tolerance: WeightTolerance) -> WeightCheck {
        WeightCheck(measuredGrams: measuredGrams, expectedGrams: expectedGrams, tolerance: tolerance)
    }

    // MARK: Evaluate and commit

    public func evaluate(_ input: PackInput) -> PackStep {
        switch input {
        case .item(let sku, let quantity): return evaluateItem(sku: sku, units: max(quantity, 1))
        case .barcode(let text): return evaluateBarcode(text)
        case .confirm(let i): return evaluateConfirm(i)
        case .carton(let code): return evaluateCarton(code)
        case .override(let i, let by, let reason):
            guard plan.items.indices.contains(i) else { return .refused(.noSuchItem(i)) }
            guard !isDone(i) else { return .refused(.alreadyDone(item: i)) }
            let who = by.packRuleTrimmed, why = reason.packRuleTrimmed
            guard !who.isEmpty, !why.isEmpty else { return .refused(.overrideIncomplete) }
            return .overridden(PackOverride(item: i, name: plan.items[i].name, missing: plan.items[i].quantity - counts[i],
                                            by: who, reason: why))
        }
    }

    /// Applies an accepted step; refused steps (and steps that no longer apply) change nothing.
    public mutating func commit(_ step: PackStep) {
        switch step {
        case .counted(let i, let units), .confirmed(let i, let units):
            guard plan.items.indices.contains(i), units > 0, counts[i] + units <= plan.items[i].quantity else { return }
            counts[i] += units
        case .cartonChosen(let i, let carton):
            guard plan.items.indices.contains(i), chosenCartons[i] == nil else { return }
            chosenCartons[i] = carton
            counts[i] = 1
        case .overridden(let o):
            guard plan.items.indices.contains(o.item), overrides[o.item] == nil else { return }
            overrides[o.item] = o
        case .refused:
            return
        }
        history.append(step)
    }

    /// Takes back the last accepted step (UNDO) and returns it, or `.refused(.nothingToUndo)`.
    @discardableResult
    public mutating func undo() -> PackStep {
        guard let last = history.popLast() else { return .refused(.nothingToUndo) }
        switch last {
        case .counted(let i, let units), .confirmed(let i, let units): counts[i] -= units
        case .cartonChosen(let i, _):
            chosenCartons[i] = nil
            counts[i] = 0
        case .overridden(let o): overrides[o.item] = nil
        case .refused: break
        }
        return last
    }

    /// Puts back progress saved by the store after a restart: line units from
    /// `packedByLine`, everything else from `checks` (by `PackPlanItem.key`). Keys that name no
    /// item of this plan (the rules changed meanwhile) and cartons no longer configured are
    /// ignored. The undo history starts empty: UNDO takes back only what was done since.
    public mutating func restore(packedByLine: [Int: Int], checks: [String: PackCheckState]) {
        for (i, item) in plan.items.enumerated() {
            let saved = checks[item.key]
            switch item.kind {
            case .line(let n, _):
                counts[i] = min(max(packedByLine[n] ?? 0, 0), item.quantity)
            case .carton:
                if let code = saved?.cartonCode,
                   let carton = planner.cartons.first(where: { $0.barcode.caseInsensitiveEquals(code) }) {
                    chosenCartons[i] = carton
                    counts[i] = 1
                }
            case .insert, .material, .giftCard:
                counts[i] = min(max(saved?.units ?? 0, 0), item.quantity)
            }
            if let by = saved?.overrideBy, let why = saved?.overrideReason {
                overrides[i] = PackOverride(item: i, name: item.name, missing: item.quantity - counts[i], by: by, reason: why)
            }
        }
        history = []
    }

    /// Units checked off per order line number (lines only), as the store counts them.
    public var packedByLine: [Int: Int] {
        var out: [Int: Int] = [:]
        for (i, item) in plan.items.enumerated() { if case .line(let n, _) = item.kind { out[n, default: 0] += counts[i] } }
        return out
    }

    // MARK: Private

    private func evaluateItem(sku: String, units: Int) -> PackStep {
        var have = 0, of = 0, name = sku
        var found = false
        var overridden: Int?
        for (i, item) in plan.items.enumerated() {
            guard case .line(_, let s) = item.kind, s == sku else { continue }
            found = true
            name = item.name
            if overrides[i] != nil {
                overridden = overridden ?? i
                continue
            }
            let room = item.quantity - counts[i]
            if room >= units { return .counted(item: i, units: units) }
            have += counts[i]
            of += item.quantity
        }
        if !found { return .refused(.notOnOrder(sku: sku)) }
        // Every line of the SKU was signed off by a supervisor: scanning more changes nothing.
        if of == 0, let i = overridden { return .refused(.alreadyDone(item: i)) }
        return .refused(.overScan(name: name, have: have, of: of))
    }

    private func evaluateBarcode(_ text: String) -> PackStep {
        let code = text.packRuleTrimmed
        var matched: Int?
        for (i, item) in plan.items.enumerated() {
            switch item.kind {
            case .insert, .material: break
            default: continue
            }
            guard let b = item.barcode, b.caseInsensitiveEquals(code) else { continue }
            if matched == nil { matched = i }
            if !isDone(i) { return item.verify == .scanEach || item.verify == .confirm ? .counted(item: i, units: 1) : .refused(.scanRequired(item: i)) }
        }
        if let i = matched {
            return .refused(.overScan(name: plan.items[i].name, have: counts[i], of: plan.items[i].quantity))
        }
        if !planner.cartons.isEmpty, planner.cartons.contains(where: { $0.barcode.caseInsensitiveEquals(code) }) {
            return evaluateCarton(code)
        }
        return .refused(.unknownBarcode(code))
    }

    private func evaluateConfirm(_ i: Int) -> PackStep {
        guard plan.items.indices.contains(i) else { return .refused(.noSuchItem(i)) }
        guard !isDone(i) else { return .refused(.alreadyDone(item: i)) }
        let item = plan.items[i]
        let rest = item.quantity - counts[i]
        switch item.verify {
        case .confirm: return .confirmed(item: i, units: rest)
        case .scanOnceConfirmCount: return counts[i] > 0 ? .confirmed(item: i, units: rest) : .refused(.scanOneFirst(item: i))
        case .scanEach, .cartonScan: return .refused(.scanRequired(item: i))
        }
    }

    private func evaluateCarton(_ code: String) -> PackStep {
        guard let i = plan.items.indices.first(where: { idx in
            if case .carton = plan.items[idx].kind { return !isDone(idx) }
            return false
        }), case .carton(let load) = plan.items[i].kind else { return .refused(.noCartonNeeded) }
        let units = plan.cartons.loads[load].units
        let check = planner.check(barcode: code.packRuleTrimmed, for: units, branded: plan.brandedBox && !plan.cartons.brandedUnavailable)
        guard check == .fits, let carton = planner.cartons.first(where: { $0.barcode.caseInsensitiveEquals(code.packRuleTrimmed) }) else {
            return .refused(.carton(check))
        }
        return .cartonChosen(item: i, carton: carton)
    }
}

private extension String {
    func caseInsensitiveEquals(_ other: String) -> Bool { self == other || lowercased() == other.lowercased() }
}
