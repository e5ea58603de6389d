/// When to try an unreachable printer again: exponential back-off, doubling from `firstMillis`
/// up to `maxMillis`; after `maxAttempts` failed sends the job is `failed` (a REPRINT or
/// `retryFailed` queues it again).
public struct BackoffPolicy: Equatable, Sendable {
    /// Delay after the first failure, milliseconds.
    public var firstMillis: Int64
    /// Longest delay, milliseconds.
    public var maxMillis: Int64
    /// Failed sends before the job is given up as `failed`.
    public var maxAttempts: Int

    public init(firstMillis: Int64 = 2000, maxMillis: Int64 = 60_000, maxAttempts: Int = 1000) {
        self.firstMillis = firstMillis
        self.maxMillis = maxMillis
        self.maxAttempts = maxAttempts
    }

    /// The delay (milliseconds) before the next try after `attempts` failed sends (from 1).
    public func delay(afterAttempts attempts: Int) -> Int64 {
        var d = firstMillis
        var n = 1
        while n < attempts && d < maxMillis { d *= 2; n += 1 }
        return min(d, maxMillis)
    }
}
