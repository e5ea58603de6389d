/// The time source. The core never reads the system clock; the executable injects one and
/// tests inject a fixed one.
public protocol Clock: Sendable {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    func nowMillis() -> Int64
}

/// A clock that reads a value the test sets.
public final class FixedClock: Clock, @unchecked Sendable {
    private var millis: Int64
    public init(millis: Int64) { self.millis = millis }
    public func nowMillis() -> Int64 { millis }
    public func advance(by ms: Int64) { millis += ms }
}
