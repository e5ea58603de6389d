import Foundation
import PostgresNIO

/// The PostgreSQL engine: transactions on a small pool of postgres-nio connections, run
/// synchronously from any thread that is not one of its event-loop threads (the station's own
/// threads are fine).
///
/// - `read` runs `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY`: one snapshot for the body.
/// - `write(isolation:)` runs `SERIALIZABLE` or `READ COMMITTED`; a serialization failure
///   (`40001`) or deadlock (`40P01`) rolls back and runs the body again, up to
///   ``maxAttempts`` times with a jittered back-off of at most 50 ms; any other error rolls back
///   and is rethrown.
///
/// Errors: `StoreUnavailable` when the server cannot be reached or the connection is lost (the
/// next call reconnects by itself); `PostgresStatementError` when the server refuses a
/// statement; `PostgresAuthenticationError` when it refuses the login.
public final class PostgresEngine: StoreEngine, @unchecked Sendable {
    /// How many times a write body runs at most when it keeps meeting serialization failures.
    public static let maxAttempts = 50

    public let url: PostgresURL
    let pool: PostgresConnectionPool
    private let group: MultiThreadedEventLoopGroup
    private let closeLock = NSLock()
    private var isClosed = false

    /// An engine for `url`. Opens no connection yet: the first transaction does.
    /// - Parameters:
    ///   - password: from ``PostgresURL/password(environment:homeDirectory:readFile:)``; nil
    ///     when the server asks for none.
    ///   - maxConnections: connections open at once, ≥ 1 (each transaction holds one).
    ///   - connectTimeoutSeconds: how long connecting may take before `StoreUnavailable`.
    ///   - schema: the schema the store's tables live in (`search_path`); nil for the role's
    ///     default (`public`). Lets tests, or several stores, share one database.
    public init(
        url: PostgresURL, password: String?, maxConnections: Int = 4, connectTimeoutSeconds: Double = 3,
        schema: String? = nil
    ) {
        self.url = url
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        pool = PostgresConnectionPool(
            url: url, password: password, group: group, limit: maxConnections,
            connectTimeoutSeconds: connectTimeoutSeconds, schema: schema)
    }

    /// An engine for `url` with its password looked up in `PGPASSWORD` or the password file.
    /// - Throws: `PostgresPassFileError` when the password file cannot be used.
    public convenience init(
        url: PostgresURL, environment: [String: String] = ProcessInfo.processInfo.environment,
        maxConnections: Int = 4, connectTimeoutSeconds: Double = 3
    ) throws {
        let password = try url.password(environment: environment)
        self.init(url: url, password: password, maxConnections: maxConnections, connectTimeoutSeconds: connectTimeoutSeconds)
    }

    deinit {
        if !isClosed {
            pool.close()
            group.shutdownGracefully { _ in }  // Never blocks: deinit may run anywhere.
        }
    }

    public var dialect: StoreDialect { .postgres }

    public func read<T>(_ body: (StoreDatabase) throws -> T) throws -> T {
        try transaction(begin: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
    }

    public func write<T>(isolation: StoreIsolation, _ body: (StoreDatabase) throws -> T) throws -> T {
        switch isolation {
        case .serializable: return try transaction(begin: "BEGIN ISOLATION LEVEL SERIALIZABLE", body)
        case .readCommitted: return try transaction(begin: "BEGIN ISOLATION LEVEL READ COMMITTED", body)
        }
    }

    /// Closes every connection and stops the event-loop thread. Later calls throw
    /// `StoreUnavailable`. Idempotent; call it from a station thread, not from inside a transaction.
    public func close() {
        closeLock.lock()
        defer { closeLock.unlock() }
        guard !isClosed else { return }
        isClosed = true
        pool.close()
        try? group.syncShutdownGracefully()
    }

    /// A connection of its own, outside the pool, for `LISTEN`.
    func connectDedicated() throws -> PostgresConnection { try pool.connect(id: 0) }

    private func transaction<T>(begin: String, _ body: (StoreDatabase) throws -> T) throws -> T {
        var attempt = 0
        var staleConnections = 0
        while true {
            attempt += 1
            let connection = try pool.checkout()
            let adapter = PostgresStoreConnection(connection: connection, logger: pool.logger, server: pool.server)
            do {
                _ = try adapter.run(begin, [])
            } catch {
                pool.checkin(connection, reusable: !adapter.isBroken)
                // A pooled connection that died while idle (server restarted): the body has not
                // run, so open a fresh one and start again.
                if adapter.isBroken && !adapter.timedOut && staleConnections < pool.limit {
                    staleConnections += 1
                    attempt -= 1
                    continue
                }
                throw error
            }
            do {
                let value = try body(StoreDatabase(adapter))
                _ = try adapter.run("COMMIT", [])
                pool.checkin(connection, reusable: true)
                return value
            } catch {
                if !adapter.isBroken { _ = try? adapter.run("ROLLBACK", []) }
                pool.checkin(connection, reusable: !adapter.isBroken)
                if adapter.isBroken, !(error is StoreUnavailable) {
                    throw StoreUnavailable(server: pool.server, reason: "the connection was lost during a transaction (\(error))")
                }
                let retryable = adapter.sawRetryableFailure || (error as? PostgresStatementError)?.isRetryable == true
                guard retryable, attempt < Self.maxAttempts else { throw error }
                Self.backOff(attempt: attempt)
            }
        }
    }

    /// Sleeps a random 0…min(2^attempt, 50) ms so that colliding writers spread out.
    private static func backOff(attempt: Int) {
        let ceiling = min(1 << min(attempt, 6), 50) * 1000
        usleep(UInt32.random(in: 0...UInt32(ceiling)))
    }
}
