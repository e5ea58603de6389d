/// Which SQL engine a connection speaks. The store's SQL is written once for both; the few
/// places the engines differ ask the dialect.
public enum StoreDialect: Sendable {
    case sqlite
    case postgres

    /// Appended to the sub-select that picks an order to claim: PostgreSQL locks the row and
    /// lets concurrent claimers skip it; SQLite's single writer needs nothing.
    var skipLocked: String { self == .postgres ? " FOR UPDATE SKIP LOCKED" : "" }
}

/// One engine connection inside a transaction the engine opened. Statements use `?`
/// placeholders on both engines.
public protocol StoreConnection: AnyObject {
    var dialect: StoreDialect { get }
    /// Runs a statement (or, without arguments, several separated by `;`) and returns how many
    /// rows the last one changed.
    func execute(_ sql: String, _ arguments: [StoreValue]) throws -> Int
    /// Runs a query and returns its rows.
    func fetch(_ sql: String, _ arguments: [StoreValue]) throws -> [StoreRow]
}

/// How a write transaction isolates itself from concurrent ones. SQLite always serializes
/// writers; PostgreSQL runs `serializable` and retries serialization failures, except where a
/// statement's own locks make `readCommitted` safe and faster (claims with `SKIP LOCKED`).
public enum StoreIsolation: Sendable {
    case serializable
    case readCommitted
}

/// An engine: opens transactions on its connections.
public protocol StoreEngine: Sendable {
    var dialect: StoreDialect { get }
    /// Runs `body` in a read-only transaction that sees one consistent snapshot.
    func read<T>(_ body: (StoreDatabase) throws -> T) throws -> T
    /// Runs `body` in a write transaction: committed when it returns, rolled back when it
    /// throws. `body` may run more than once (retries after a serialization failure), so it must
    /// not have effects outside the database.
    func write<T>(isolation: StoreIsolation, _ body: (StoreDatabase) throws -> T) throws -> T
}

extension StoreEngine {
    public func write<T>(_ body: (StoreDatabase) throws -> T) throws -> T {
        try write(isolation: .serializable, body)
    }
}
