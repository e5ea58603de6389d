import ToteCore

extension OrderProgress {
    /// The progress after `effect`, as the store would apply it to the order `station` holds;
    /// nil when the store would refuse it. Used offline, so the packer sees the same counts and
    /// refusals as online; the store checks again when the journal is replayed.
    func applying(_ effect: ScanRecord.Effect, station: String) -> OrderProgress? {
        guard claimedBy == station, order.status.isOpen else { return nil }
        var next = self
        func quantity(_ line: Int) -> Int? { order.lines.first { $0.lineNumber == line }?.quantity }
        switch effect {
        case .pick(let line):
            guard let q = quantity(line), let n = pickedByLine[line], n < q else { return nil }
            next.pickedByLine[line] = n + 1
        case .pack(let line):
            guard let q = quantity(line), let n = packedByLine[line], n < q else { return nil }
            next.packedByLine[line] = n + 1
        case .unpack(let line):
            guard let n = packedByLine[line], n > 0 else { return nil }
            next.packedByLine[line] = n - 1
        case .packUnits(let line, let units):
            guard units != 0, let q = quantity(line), let n = packedByLine[line], (0...q).contains(n + units) else { return nil }
            next.packedByLine[line] = n + units
        case .check(let key, let units, let of):
            var state = packChecks[key] ?? PackCheckState()
            guard units != 0, (0...of).contains(state.units + units) else { return nil }
            state.units += units
            next.packChecks[key] = state
        case .carton(let key, let code):
            var state = packChecks[key] ?? PackCheckState()
            guard (state.cartonCode == nil) != (code == nil) else { return nil }
            state.cartonCode = code
            next.packChecks[key] = state
        case .override(let key, let by, let reason):
            var state = packChecks[key] ?? PackCheckState()
            guard (state.overrideBy == nil) != (by == nil) else { return nil }
            state.overrideBy = by
            state.overrideReason = by == nil ? nil : reason
            next.packChecks[key] = state
        case .weight(let grams):
            next.weighedGrams = grams
        case .service(let id):
            next.chosenService = id
        }
        return next
    }
}
