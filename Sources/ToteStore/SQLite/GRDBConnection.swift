import Foundation
import GRDB

/// A `StoreConnection` over a GRDB database inside one of its transactions.
final class GRDBConnection: StoreConnection {
    let db: GRDB.Database
    init(_ db: GRDB.Database) { self.db = db }

    var dialect: StoreDialect { .sqlite }

    func execute(_ sql: String, _ arguments: [StoreValue]) throws -> Int {
        if arguments.isEmpty {
            try db.execute(sql: sql)  // May hold several statements; not cached.
        } else {
            try db.cachedStatement(sql: sql).execute(arguments: Self.arguments(arguments))
        }
        return db.changesCount
    }

    func fetch(_ sql: String, _ arguments: [StoreValue]) throws -> [StoreRow] {
        try GRDB.Row.fetchAll(db.cachedStatement(sql: sql), arguments: Self.arguments(arguments)).map { row in
            StoreRow(columns: Array(row.columnNames), values: row.databaseValues.map(Self.value))
        }
    }

    private static func arguments(_ values: [StoreValue]) -> StatementArguments {
        StatementArguments(values.map { value -> DatabaseValue in
            switch value {
            case .null: return .null
            case .integer(let i): return i.databaseValue
            case .real(let d): return d.databaseValue
            case .text(let s): return s.databaseValue
            case .blob(let b): return Data(b).databaseValue
            }
        })
    }

    private static func value(_ value: DatabaseValue) -> StoreValue {
        switch value.storage {
        case .null: return .null
        case .int64(let i): return .integer(i)
        case .double(let d): return .real(d)
        case .string(let s): return .text(s)
        case .blob(let b): return .blob(Array(b))
        }
    }
}

/// The SQLite engine: a GRDB `DatabasePool` in WAL mode. Writes are `BEGIN IMMEDIATE`
/// transactions, so writers are serialized and every isolation is serializable.
struct SQLiteEngine: StoreEngine {
    let pool: DatabasePool

    var dialect: StoreDialect { .sqlite }

    func read<T>(_ body: (StoreDatabase) throws -> T) throws -> T {
        try pool.read { db in try body(StoreDatabase(GRDBConnection(db))) }
    }

    func write<T>(isolation: StoreIsolation, _ body: (StoreDatabase) throws -> T) throws -> T {
        try pool.write { db in try body(StoreDatabase(GRDBConnection(db))) }
    }
}
