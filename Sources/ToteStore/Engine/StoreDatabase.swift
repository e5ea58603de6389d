/// The store's handle on one transaction, whichever engine: statements with `?` placeholders,
/// rows by column name. Valid only inside the `read`/`write` closure that received it.
public final class StoreDatabase {
    let connection: any StoreConnection
    /// Rows changed by the last `execute`.
    public private(set) var changesCount = 0

    public init(_ connection: any StoreConnection) { self.connection = connection }

    public var dialect: StoreDialect { connection.dialect }

    public func execute(sql: String, arguments: StoreArguments = []) throws {
        changesCount = try connection.execute(sql, arguments.values)
    }

    /// A statement run many times in one transaction (engines cache its preparation).
    public func cachedStatement(sql: String) -> StoreStatement { StoreStatement(database: self, sql: sql) }

    func fetchRows(sql: String, arguments: StoreArguments) throws -> [StoreRow] {
        try connection.fetch(sql, arguments.values)
    }
}

/// A statement bound to its transaction, run with different arguments.
public struct StoreStatement {
    let database: StoreDatabase
    let sql: String

    public func execute(arguments: StoreArguments = []) throws {
        try database.execute(sql: sql, arguments: arguments)
    }
}

extension StoreRow {
    public static func fetchAll(_ db: StoreDatabase, sql: String, arguments: StoreArguments = []) throws -> [StoreRow] {
        try db.fetchRows(sql: sql, arguments: arguments)
    }

    public static func fetchOne(_ db: StoreDatabase, sql: String, arguments: StoreArguments = []) throws -> StoreRow? {
        try db.fetchRows(sql: sql, arguments: arguments).first
    }

    public static func fetchAll(_ statement: StoreStatement, arguments: StoreArguments = []) throws -> [StoreRow] {
        try fetchAll(statement.database, sql: statement.sql, arguments: arguments)
    }

    public static func fetchOne(_ statement: StoreStatement, arguments: StoreArguments = []) throws -> StoreRow? {
        try fetchOne(statement.database, sql: statement.sql, arguments: arguments)
    }
}

extension StoreValueConvertible {
    /// The first column of the first row; nil when there is no row or it is NULL.
    public static func fetchOne(_ db: StoreDatabase, sql: String, arguments: StoreArguments = []) throws -> Self? {
        try db.fetchRows(sql: sql, arguments: arguments).first.flatMap { $0.values.first }.flatMap(fromStoreValue)
    }

    /// The first column of every row, NULLs left out.
    public static func fetchAll(_ db: StoreDatabase, sql: String, arguments: StoreArguments = []) throws -> [Self] {
        try db.fetchRows(sql: sql, arguments: arguments).compactMap { $0.values.first.flatMap(fromStoreValue) }
    }

    public static func fetchOne(_ statement: StoreStatement, arguments: StoreArguments = []) throws -> Self? {
        try fetchOne(statement.database, sql: statement.sql, arguments: arguments)
    }

    public static func fetchAll(_ statement: StoreStatement, arguments: StoreArguments = []) throws -> [Self] {
        try fetchAll(statement.database, sql: statement.sql, arguments: arguments)
    }
}
