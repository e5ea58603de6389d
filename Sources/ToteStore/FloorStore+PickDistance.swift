import ToteCore

extension FloorStore {
    /// Records the length of order `number`'s pick walk, metres (≥ 0). Replaces an earlier
    /// value, so a resumed walk that finishes again records it once.
    public func recordPickDistance(number: String, metres: Double) throws {
        guard metres.isFinite, metres >= 0 else { return }
        try engine.write { db in
            try db.execute(sql: "UPDATE orders SET pick_distance_m = ? WHERE number = ?", arguments: [metres, number])
        }
    }
}
