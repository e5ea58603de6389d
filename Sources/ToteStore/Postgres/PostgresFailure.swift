import Foundation
import PostgresNIO

/// What a failure from postgres-nio means for the station: the server is out of reach, it
/// refused the login, or it refused a statement.
enum PostgresFailure {
    case unavailable(reason: String)
    case authentication(message: String)
    case statement(PostgresStatementError)
    case other(any Error)

    /// Classifies `error`, met while running `statement` (nil while connecting).
    static func classify(_ error: any Error, statement: String?) -> PostgresFailure {
        if let psql = error as? PSQLError {
            switch psql.code {
            case .server:
                let info = psql.serverInfo
                let state = info?[.sqlState] ?? ""
                let message = info?[.message] ?? "unknown server error"
                // 08: connection exceptions; 57P01-03: the server is shutting down or starting.
                if state.hasPrefix("08") || state == "57P01" || state == "57P02" || state == "57P03" {
                    return .unavailable(reason: "the server said: \(message)")
                }
                if state == "28P01" || state == "28000" { return .authentication(message: message) }
                let detail = [info?[.detail], info?[.hint].map { "hint: \($0)" }].compactMap { $0 }
                return .statement(PostgresStatementError(
                    sqlState: state, message: message, detail: detail.isEmpty ? nil : detail.joined(separator: "; "),
                    statement: statement.map(PostgresSQLText.firstLine) ?? ""))
            case .connectionError:
                return .unavailable(reason: psql.underlying.map(reason) ?? "the connection failed")
            case .serverClosedConnection, .uncleanShutdown:
                return .unavailable(reason: "the server closed the connection")
            case .clientClosedConnection:
                return .unavailable(reason: "the connection was closed")
            default:
                return .other(error)
            }
        }
        if error is PostgresStoreConnection.ConnectionClosed {
            return .unavailable(reason: "the connection was closed (the server restarted or ended it)")
        }
        if error is ChannelError || error is IOError || error is NIOConnectionError {
            return .unavailable(reason: reason(error))
        }
        return .other(error)
    }

    /// A short human reason for a network error: "connection refused", "no answer within 3 s".
    static func reason(_ error: any Error) -> String {
        switch error {
        case let connection as NIOConnectionError:
            if let first = connection.connectionErrors.first { return reason(first.error) }
            if let dns = connection.dnsAError ?? connection.dnsAAAAError { return "host name not found: \(dns)" }
            return "cannot connect"
        case let io as IOError:
            return String(cString: strerror(io.errnoCode)).lowercased()
        case let channel as ChannelError:
            if case .connectTimeout(let amount) = channel {
                return "no answer within \(Double(amount.nanoseconds) / 1e9) s"
            }
            return "\(channel)"
        default:
            return "\(error)"
        }
    }
}
