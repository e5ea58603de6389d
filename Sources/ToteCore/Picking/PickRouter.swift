/// Orders the stops of a pick walk. The station depends on this protocol only, so a better
/// router replaces the location-sequence one without touching screens or store.
public protocol PickRouter: Sendable {
    /// The same steps in walking order. Must return every step exactly once.
    func route(_ steps: [PickStep], in layout: WarehouseLayout) -> [PickStep]
}

/// The walk every classic WMS uses: sort by location sequence, up odd aisles and down even
/// ones (the S-shape), so the picker never doubles back inside an aisle.
public struct LocationSequenceRouter: PickRouter {
    public init() {}

    public func route(_ steps: [PickStep], in layout: WarehouseLayout) -> [PickStep] {
        steps.sorted { a, b in
            let ka = key(a), kb = key(b)
            return ka.lexicographicallyPrecedes(kb) || (ka == kb && a.lineNumber < b.lineNumber)
        }
    }

    private func key(_ step: PickStep) -> [Int] {
        let bay = step.bin.aisle % 2 == 1 ? step.bin.bay : -step.bin.bay
        return [step.bin.aisle, bay, step.bin.side == .a ? 0 : 1, step.bin.level]
    }
}
