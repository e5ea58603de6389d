/// An order's pick walk with the units picked so far.
///
/// A pick is two scans: the bin label (the picker is at the right slot), then the item.
/// `apply` never changes a count on a refused scan. Invariant: `picked[i]` is in
/// `0...steps[i].quantity`.
public struct PickList: Equatable, Sendable {
    public private(set) var steps: [PickStep]
    public private(set) var picked: [Int]
    /// The bin whose label was scanned last; items are accepted only from it.
    public private(set) var confirmedBin: BinLocation?

    public enum Outcome: Equatable, Sendable {
        case binConfirmed(BinLocation)
        /// A unit was counted on step `step`.
        case picked(step: Int)
        case binNotOnList(BinLocation)
        case binDone(BinLocation)
        case scanBinFirst(expected: BinLocation)
        case notOnOrder(sku: String)
        case notInThisBin(sku: String, bin: BinLocation)
        case alreadyPicked(sku: String, have: Int, of: Int)
    }

    public init(steps: [PickStep], picked: [Int]? = nil) {
        self.steps = steps
        self.picked = picked ?? Array(repeating: 0, count: steps.count)
    }

    /// Builds the walk for `order` with `router`. Lines that need no shipping (gift cards) are
    /// never picked; lines whose SKU has no bin are left out (the caller reports them).
    public init(order: Order, catalog: Catalog, layout: WarehouseLayout, router: PickRouter) {
        let steps = order.shippableLines.compactMap { line -> PickStep? in
            guard let sku = catalog.sku(code: line.sku) else { return nil }
            return PickStep(lineNumber: line.lineNumber, sku: line.sku, name: line.name, bin: sku.bin,
                            quantity: line.quantity)
        }
        self.init(steps: router.route(steps, in: layout))
    }

    /// The first step with units left, the one the picker should walk to.
    public var currentStep: Int? {
        if let bin = confirmedBin,
           let i = steps.indices.first(where: { steps[$0].bin == bin && picked[$0] < steps[$0].quantity }) {
            return i
        }
        return steps.indices.first { picked[$0] < steps[$0].quantity }
    }

    public var isComplete: Bool { steps.indices.allSatisfy { picked[$0] >= steps[$0].quantity } }
    public var unitsPicked: Int { picked.reduce(0, +) }
    public var unitsTotal: Int { steps.reduce(0) { $0 + $1.quantity } }

    /// Decides what a scan means here, without changing anything.
    public func evaluate(_ scan: ScanKind) -> Outcome? {
        switch scan {
        case .bin(let bin):
            let here = steps.indices.filter { steps[$0].bin == bin }
            if here.isEmpty { return .binNotOnList(bin) }
            if here.allSatisfy({ picked[$0] >= steps[$0].quantity }) { return .binDone(bin) }
            return .binConfirmed(bin)
        case .item(let sku):
            let lines = steps.indices.filter { steps[$0].sku == sku }
            if lines.isEmpty { return .notOnOrder(sku: sku) }
            guard let bin = confirmedBin else {
                let next = lines.first { picked[$0] < steps[$0].quantity } ?? lines[0]
                return .scanBinFirst(expected: steps[next].bin)
            }
            let inBin = lines.filter { steps[$0].bin == bin }
            if inBin.isEmpty { return .notInThisBin(sku: sku, bin: bin) }
            if let open = inBin.first(where: { picked[$0] < steps[$0].quantity }) { return .picked(step: open) }
            let have = inBin.reduce(0) { $0 + picked[$1] }
            let of = inBin.reduce(0) { $0 + steps[$1].quantity }
            return .alreadyPicked(sku: sku, have: have, of: of)
        default:
            return nil
        }
    }

    /// Applies an outcome from `evaluate`; refusals change nothing.
    public mutating func commit(_ outcome: Outcome) {
        switch outcome {
        case .binConfirmed(let bin): confirmedBin = bin
        case .picked(let step): picked[step] = min(picked[step] + 1, steps[step].quantity)
        default: break
        }
    }

    /// Moves step `i` (with its count) to the end of the walk: the picker comes back to it
    /// last, e.g. when a forklift blocks the aisle. Clears the confirmed bin if it was that
    /// step's bin, so the next pick starts with a bin scan.
    public mutating func skip(step i: Int) {
        guard steps.indices.contains(i), steps.count > 1 else { return }
        let step = steps.remove(at: i)
        let count = picked.remove(at: i)
        steps.append(step)
        picked.append(count)
        if confirmedBin == step.bin { confirmedBin = nil }
    }

    /// Sets the counts read back from the store (resume after a restart).
    public mutating func restore(pickedByLine: [Int: Int]) {
        for i in steps.indices {
            picked[i] = min(max(pickedByLine[steps[i].lineNumber] ?? 0, 0), steps[i].quantity)
        }
    }

    /// Units picked per order line, the form the store keeps.
    public var pickedByLine: [Int: Int] {
        var out: [Int: Int] = [:]
        for i in steps.indices { out[steps[i].lineNumber, default: 0] += picked[i] }
        return out
    }
}
