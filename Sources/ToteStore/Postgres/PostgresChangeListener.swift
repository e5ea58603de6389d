import Foundation
import PostgresNIO

/// Tells the supervisor dashboard when the store changed, instead of polling: a dedicated
/// connection runs `LISTEN tote_changes`, and writers call ``notify(_:)`` inside their
/// transaction (PostgreSQL delivers the notification at commit, never for a rollback).
///
/// Invariant: a change is never reported late or lost while the listener runs. ``hasChanged()``
/// answers true on its first call and after any notification since the previous call; after the
/// connection drops it answers true at once (the dashboard reloads and learns the store is
/// unreachable), and again once it has reconnected, since changes may have been missed meanwhile.
/// Reconnection runs in the background, retrying every `retrySeconds`.
public final class PostgresChangeListener: @unchecked Sendable {
    /// The notification channel.
    public static let channel = "tote_changes"

    /// Sends a change notification from inside a write transaction; delivered at commit.
    public static func notify(_ db: StoreDatabase) throws {
        try db.execute(sql: "NOTIFY \(channel)")
    }

    private let engine: PostgresEngine
    private let retrySeconds: Double
    private let condition = NSCondition()
    private let queue = DispatchQueue(label: "tote.postgres.listener")
    private var pending = true
    private var connection: PostgresConnection?
    private var closed = false
    private var failure: String?

    /// Starts listening in the background; returns at once.
    /// - Parameter retrySeconds: pause between reconnection attempts, in seconds (> 0).
    public init(engine: PostgresEngine, retrySeconds: Double = 1) {
        self.engine = engine
        self.retrySeconds = retrySeconds
        queue.async { self.connectUntilListening() }
    }

    deinit { close() }

    /// True on the first call and whenever a change (or a reconnection) happened since the
    /// previous call. Never blocks on the network.
    public func hasChanged() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        let changed = pending
        pending = false
        return changed
    }

    /// Blocks until there is a change to report or `timeoutSeconds` pass; true when there is one
    /// (and consumes it, as ``hasChanged()`` does).
    public func wait(timeoutSeconds: Double) -> Bool {
        let deadline = Date(timeIntervalSinceNow: timeoutSeconds)
        condition.lock()
        defer { condition.unlock() }
        while !pending && !closed {
            if !condition.wait(until: deadline) { break }
        }
        let changed = pending
        pending = false
        return changed
    }

    /// Whether the `LISTEN` connection is up right now.
    public var isListening: Bool {
        condition.lock()
        defer { condition.unlock() }
        return connection != nil
    }

    /// Why the last connection attempt failed (nil while listening), for the dashboard's status line.
    public var lastFailure: String? {
        condition.lock()
        defer { condition.unlock() }
        return failure
    }

    /// Stops listening and closes the connection. Call it before the engine's `close()`. Idempotent.
    public func close() {
        condition.lock()
        closed = true
        let open = connection
        connection = nil
        condition.broadcast()
        condition.unlock()
        if let open { _ = try? open.close().wait() }
    }

    private func connectUntilListening() {
        while true {
            condition.lock()
            if closed { condition.unlock(); return }
            condition.unlock()
            do {
                let opened = try engine.connectDedicated()
                opened.addListener(channel: Self.channel) { [weak self] _, _ in self?.signal() }
                // addListener sends LISTEN on its own; running it again waits until it is active.
                _ = try PostgresStoreConnection.query(
                    opened, PostgresQuery(unsafeSQL: "LISTEN \(Self.channel)"), logger: engine.pool.logger).wait()
                condition.lock()
                if closed {
                    condition.unlock()
                    _ = try? opened.close().wait()
                    return
                }
                connection = opened
                failure = nil
                pending = true  // Changes may have happened while not listening.
                condition.broadcast()
                condition.unlock()
                opened.closeFuture.whenComplete { [weak self] _ in self?.dropped(opened) }
                return
            } catch {
                condition.lock()
                failure = "\(error)"
                let until = Date(timeIntervalSinceNow: retrySeconds)
                while !closed && condition.wait(until: until) {}
                condition.unlock()
            }
        }
    }

    private func signal() {
        condition.lock()
        pending = true
        condition.broadcast()
        condition.unlock()
    }

    private func dropped(_ lost: PostgresConnection) {
        condition.lock()
        defer { condition.unlock() }
        guard connection === lost, !closed else { return }
        connection = nil
        failure = "the LISTEN connection was lost"
        pending = true
        condition.broadcast()
        queue.async { self.connectUntilListening() }
    }
}
