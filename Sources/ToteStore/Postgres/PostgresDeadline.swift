import Foundation
import NIOCore

/// Waits for the server's answer for a bounded time. A server that stops answering without
/// closing the connection (a blocked port, a frozen or unplugged host) would otherwise hold a
/// station's screen until TCP gives up, minutes later; after the deadline the connection is
/// given up and the call throws `StoreUnavailable`, so the station goes offline instead.
enum PostgresDeadline {
    /// Seconds a statement may wait for its answer. Every statement the station sends is short
    /// (an import or a floor move is many small statements), so only a silent server waits this long.
    static let statementSeconds: Double = 5
    /// Seconds for a script without parameters (migrations, schema changes): an index built over
    /// a big table, or waiting for another station's migration, takes its time.
    static let scriptSeconds: Double = 300
    /// Seconds opening a connection may take, handshake and login included.
    static let connectSeconds: Double = 5

    /// The value of `future`, or `StoreUnavailable` after `seconds`. `abandon` receives a value
    /// that arrives after the deadline (a connection opened too late, to be closed).
    static func wait<T>(_ future: EventLoopFuture<T>, seconds: Double, server: String,
                        abandon: @escaping @Sendable (T) -> Void = { _ in }) throws -> T {
        let outcome = Outcome<T>()
        future.whenComplete { outcome.deliver($0, abandon: abandon) }
        guard let result = outcome.take(within: seconds) else {
            throw StoreUnavailable(server: server, reason: "no answer for \(Int(seconds)) s")
        }
        return try result.get()
    }

    /// The result, handed from the event loop to the waiting thread once; late arrivals go to
    /// `abandon` instead.
    private final class Outcome<T>: @unchecked Sendable {
        private let condition = NSCondition()
        private var result: Result<T, any Error>?
        private var gaveUp = false

        func deliver(_ result: Result<T, any Error>, abandon: (T) -> Void) {
            condition.lock()
            if gaveUp {
                condition.unlock()
                if case .success(let late) = result { abandon(late) }
                return
            }
            self.result = result
            condition.signal()
            condition.unlock()
        }

        func take(within seconds: Double) -> Result<T, any Error>? {
            let deadline = Date(timeIntervalSinceNow: seconds)
            condition.lock()
            defer { condition.unlock() }
            while result == nil {
                if !condition.wait(until: deadline) { break }
            }
            if result == nil { gaveUp = true }
            return result
        }
    }
}
