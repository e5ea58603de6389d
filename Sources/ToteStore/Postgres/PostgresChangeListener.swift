import Foundation
import PostgresNIO

/// Tells the supervisor dashboard when the store changed, instead of polling: a dedicated
/// connection runs `LISTEN tote_changes`, which the schema's triggers notify whenever scans,
/// orders, events or print jobs change (PostgreSQL delivers a notification at commit, never for a
/// rollback), so the store's writers do nothing for it.
///
/// Invariant: a change is never reported late or lost while the listener runs. ``hasChanged()``
/// answers true on its first call and after any notification since the previous call; after the
/// connection drops it answers true at once (the dashboard reloads and learns the store is
/// unreachable), and again once it has reconnected, since changes may have been missed meanwhile.
/// Reconnection runs in the background, retrying every `retrySeconds`. Call ``close()`` when done:
/// until then the background work keeps the listener alive.
public final class PostgresChangeListener: @unchecked Sendable {
    /// The store's notification channel (the schema's triggers notify it).
    public static let channel = "tote_changes"

    /// Sends a change notification from inside a write transaction, delivered at commit: for a
    /// change the triggers do not see (and for tests of the listener).
    public static func notify(_ db: StoreDatabase, channel: String = PostgresChangeListener.channel) throws {
        try db.execute(sql: "SELECT pg_notify(?, '')", arguments: [channel])
    }

    /// The channel this listener hears.
    public let channel: String
    private let engine: PostgresEngine
    private let retrySeconds: Double
    private let condition = NSCondition()
    private let queue = DispatchQueue(label: "tote.postgres.listener")
    private var pending = true
    private var connection: PostgresConnection?
    private var closed = false
    private var failure: String?
    private var backend: Int32?

    /// Starts listening in the background; returns at once.
    /// - Parameters:
    ///   - channel: the channel to hear; another one only where several stores share a database.
    ///   - retrySeconds: pause between reconnection attempts, in seconds (> 0).
    public init(engine: PostgresEngine, channel: String = PostgresChangeListener.channel, retrySeconds: Double = 1) {
        self.channel = channel
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

    /// The server process id of the `LISTEN` connection while listening (for diagnostics and
    /// tests that cut exactly this connection).
    public var backendPID: Int32? {
        condition.lock()
        defer { condition.unlock() }
        return connection == nil ? nil : backend
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
                let pid: Int32?
                do {
                    pid = try startListening(on: opened)
                } catch {
                    opened.close().whenComplete { _ in _ = opened }  // Held until closed (postgres-nio asserts it).
                    throw error
                }
                condition.lock()
                if closed {
                    condition.unlock()
                    _ = try? opened.close().wait()
                    return
                }
                connection = opened
                backend = pid
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

    /// Runs LISTEN on `opened` and returns its server process id.
    private func startListening(on opened: PostgresConnection) throws -> Int32? {
        let logger = engine.pool.logger
        let pid = try PostgresStoreConnection.query(opened, PostgresQuery(unsafeSQL: "SELECT pg_backend_pid()"), logger: logger)
            .wait().rows.first.flatMap { try? $0.makeRandomAccess()[0].decode(Int32.self) }
        // Registered on the event loop, and only while the channel is open: in postgres-nio
        // 1.33.2 a listener whose LISTEN never reached an open channel traps when freed.
        let registered = try opened.eventLoop.submit { () -> Bool in
            guard !opened.isClosed else { return false }
            opened.addListener(channel: self.channel) { [weak self] _, _ in self?.signal() }
            return true
        }.wait()
        guard registered else { throw PostgresStoreConnection.ConnectionClosed() }
        // addListener sends LISTEN on its own; running it again returns once it is active.
        _ = try PostgresStoreConnection.query(opened, PostgresQuery(unsafeSQL: "LISTEN \"\(channel)\""), logger: logger).wait()
        return pid
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
