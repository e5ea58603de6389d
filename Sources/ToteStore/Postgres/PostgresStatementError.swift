/// PostgreSQL refused a statement (or the login). Carries the server's message and SQLSTATE so
/// the station can show it and the store can react to specific codes (`23505` unique violation…).
public struct PostgresStatementError: Error, CustomStringConvertible, Sendable {
    /// Five-character SQLSTATE, e.g. `23505`; empty when the server sent none.
    public let sqlState: String
    /// The server's primary message.
    public let message: String
    /// The server's detail and hint lines, when it sent them.
    public let detail: String?
    /// The first line of the statement that failed; empty for a login failure.
    public let statement: String

    public init(sqlState: String, message: String, detail: String? = nil, statement: String) {
        self.sqlState = sqlState
        self.message = message
        self.detail = detail
        self.statement = statement
    }

    /// `40001` serialization failure or `40P01` deadlock: the transaction may succeed if run again.
    public var isRetryable: Bool { sqlState == "40001" || sqlState == "40P01" }

    public var description: String {
        var text = "PostgreSQL refused a statement: \(message) (SQLSTATE \(sqlState))"
        if let detail { text += "; \(detail)" }
        if !statement.isEmpty { text += "; statement: \(statement)" }
        return text
    }
}
