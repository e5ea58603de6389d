import ToteCore

extension FloorStore {
    /// Order `number` with its lines, committed counts and holder; nil if the store lacks it.
    public func order(number: String) throws -> OrderProgress? {
        try engine.read { db in try OrderProgress.fetch(db, number: number) }
    }

    /// The status of order `number`; nil if the store lacks it.
    public func status(of number: String) throws -> OrderStatus? {
        try engine.read { db in try OrderRecord.fetch(db, number: number)?.status }
    }

    /// Where the label of order `number` went (set by `completePack`); nil before that or if
    /// the store lacks the order.
    public func labelPath(of number: String) throws -> String? {
        try engine.read { db in try OrderRecord.fetch(db, number: number)?.labelPath }
    }
}
