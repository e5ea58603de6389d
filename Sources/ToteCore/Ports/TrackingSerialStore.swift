/// Hands out tracking serials that are never issued twice, across processes.
public protocol TrackingSerialStore: Sendable {
    /// The next unused serial for (`carrier`, `account`) within `range`, atomically; the first
    /// call starts at `range.lowerBound`.
    /// - Throws: `TrackingSerialExhausted` when every serial of the range has been issued.
    func nextSerial(carrier: String, account: String, range: ClosedRange<Int64>) throws -> Int64

    /// Records `number` as issued for `order`/`carton` (for lookups and VOID).
    func recordTracking(number: String, carrier: String, order: String, carton: Int, nowMillis: Int64) throws

    /// Marks `number` void: it no longer belongs to its carton (a reprint books a new one) and is
    /// never issued again. Records who and why. Returns false when the number is unknown or already void.
    func voidTracking(number: String, reason: String, by supervisor: String, nowMillis: Int64) throws -> Bool

    /// The active (not void) tracking number of `order`'s carton, if one was booked.
    func activeTracking(order: String, carton: Int) throws -> String?
}

/// Every serial in the configured range has been used: widen `serial_end` (after checking with
/// the carrier) in `config/carriers.toml`.
public struct TrackingSerialExhausted: Error, Equatable, Sendable, CustomStringConvertible {
    public var carrier: String
    public var account: String
    public var range: ClosedRange<Int64>
    public init(carrier: String, account: String, range: ClosedRange<Int64>) {
        self.carrier = carrier
        self.account = account
        self.range = range
    }
    public var description: String {
        "all \(carrier) serials \(range.lowerBound)…\(range.upperBound) of account \(account) are used; "
            + "ask the carrier for a new range and set serial_start/serial_end in config/carriers.toml"
    }
}
