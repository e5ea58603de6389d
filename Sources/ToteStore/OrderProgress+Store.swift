import ToteCore

extension OrderProgress {
    /// The order `number` with its lines and committed counts; nil if the store lacks it.
    /// Every line appears in both maps, zero counts included (as `PickList.pickedByLine`).
    static func fetch(_ db: StoreDatabase, number: String) throws -> OrderProgress? {
        guard let header = try OrderRecord.fetch(db, number: number) else { return nil }
        let lines = try OrderLineRecord.fetchAll(db, order: number)
        var progress = OrderProgress(
            order: header.order(lines: lines.map(\.line)),
            pickedByLine: Dictionary(uniqueKeysWithValues: lines.map { ($0.line.lineNumber, $0.picked) }),
            packedByLine: Dictionary(uniqueKeysWithValues: lines.map { ($0.line.lineNumber, $0.packed) }),
            claimedBy: header.claimedBy,
            flags: header.flags)
        progress.packChecks = try PackCheckRow.fetchAll(db, order: number)
        progress.weighedGrams = header.weighedGrams
        progress.chosenService = header.chosenService
        return progress
    }
}
