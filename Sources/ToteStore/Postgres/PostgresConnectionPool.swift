import Foundation
import PostgresNIO

/// The engine's open connections: at most `limit`, opened on demand, reused when idle. A
/// connection that was lost is dropped and a new one opened on the next checkout, which is how
/// the engine reconnects once the server is back.
///
/// Thread-safe; calls block (never call them from an event-loop thread).
final class PostgresConnectionPool: @unchecked Sendable {
    let url: PostgresURL
    /// `host:port`, for messages.
    let server: String
    let logger: Logger
    /// How many connections may be open at once (checked-out plus idle), ≥ 1.
    let limit: Int
    /// How long a checkout waits for a busy connection before giving up, in seconds.
    let checkoutTimeoutSeconds: Double
    private let group: any EventLoopGroup
    private let configuration: PostgresConnection.Configuration
    private let condition = NSCondition()
    private var idle: [PostgresConnection] = []
    private var open = 0
    private var nextID = 0
    private var isClosed = false

    init(url: PostgresURL, password: String?, group: any EventLoopGroup, limit: Int,
         connectTimeoutSeconds: Double, schema: String? = nil, checkoutTimeoutSeconds: Double = 30) {
        self.url = url
        server = url.host.contains(":") ? "[\(url.host)]:\(url.port)" : "\(url.host):\(url.port)"
        self.group = group
        self.limit = max(1, limit)
        self.checkoutTimeoutSeconds = checkoutTimeoutSeconds
        var configuration = PostgresConnection.Configuration(
            host: url.host, port: url.port, username: url.user, password: password, database: url.database, tls: .disable)
        configuration.options.connectTimeout = .nanoseconds(Int64(connectTimeoutSeconds * 1e9))
        configuration.options.additionalStartupParameters = [("application_name", "tote")]
        if let schema {  // Any setting may travel in the startup packet; quoted, so the name is taken as is.
            configuration.options.additionalStartupParameters.append(("search_path", "\"\(schema)\""))
        }
        self.configuration = configuration
        var logger = Logger(label: "tote.postgres")
        logger.logLevel = .critical  // The station draws with curses: nothing may print to the terminal.
        self.logger = logger
    }

    /// An open connection for the caller's exclusive use until `checkin`.
    /// - Throws: `StoreUnavailable` (server out of reach, or every connection busy for
    ///   `checkoutTimeoutSeconds`), `PostgresAuthenticationError`, `PostgresStatementError`.
    func checkout() throws -> PostgresConnection {
        condition.lock()
        let deadline = Date(timeIntervalSinceNow: checkoutTimeoutSeconds)
        while true {
            if isClosed {
                condition.unlock()
                throw StoreUnavailable(server: server, reason: "the store was closed")
            }
            while let connection = idle.popLast() {
                if !connection.isClosed {
                    condition.unlock()
                    return connection
                }
                open -= 1  // Lost while idle (server restarted): forget it.
            }
            if open < limit { break }
            if !condition.wait(until: deadline) {
                condition.unlock()
                throw StoreUnavailable(server: server, reason: "all \(limit) connections stayed busy for \(Int(checkoutTimeoutSeconds)) s")
            }
        }
        open += 1
        nextID += 1
        let id = nextID
        condition.unlock()
        do {
            return try connect(id: id)
        } catch {
            condition.lock()
            open -= 1
            condition.signal()
            condition.unlock()
            throw error
        }
    }

    /// Gives `connection` back; `reusable` false (or a closed pool) closes it instead.
    func checkin(_ connection: PostgresConnection, reusable: Bool) {
        condition.lock()
        if reusable && !isClosed && !connection.isClosed {
            idle.append(connection)
        } else {
            open -= 1
            // The callback holds the connection until it has closed (postgres-nio asserts that
            // a connection is closed before it is freed).
            connection.close().whenComplete { _ in _ = connection }
        }
        condition.signal()
        condition.unlock()
    }

    /// Opens a connection outside the pool's count (the change listener's own connection).
    func connect(id: Int) throws -> PostgresConnection {
        do {
            let opening = PostgresConnection.connect(on: group.next(), configuration: configuration, id: id, logger: logger)
            return try PostgresDeadline.wait(opening, seconds: PostgresDeadline.connectSeconds, server: server) { late in
                late.close().whenComplete { _ in _ = late }  // opened after we gave up on it
            }
        } catch let silent as StoreUnavailable {
            throw silent
        } catch {
            switch PostgresFailure.classify(error, statement: nil) {
            case .unavailable(let reason):
                throw StoreUnavailable(server: server, reason: reason)
            case .authentication(let message):
                throw PostgresAuthenticationError(server: server, user: url.user, database: url.database, message: message)
            case .statement(let failure):
                throw failure
            case .other(let other):
                throw StoreUnavailable(server: server, reason: "\(other)")
            }
        }
    }

    /// Closes the idle connections and refuses further checkouts, waiting until each has closed.
    func close() {
        condition.lock()
        isClosed = true
        let closing = idle
        open -= idle.count
        idle = []
        condition.broadcast()
        condition.unlock()
        for connection in closing {
            _ = try? connection.close().wait()
        }
    }
}
