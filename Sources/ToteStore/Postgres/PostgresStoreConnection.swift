import Foundation
import PostgresNIO

/// A `StoreConnection` over one postgres-nio connection, inside a transaction the engine opened.
/// Calls block the calling thread (never an event-loop thread) until the server answers.
///
/// Binding (each `?` becomes `$n`):
/// - `.integer` → `int8`, `.real` → `float8`, `.blob` → `bytea`, all typed and binary;
/// - `.text` → untyped text (OID 0, text format): the server reads it like a quoted literal and
///   gives it the type its context needs (a TEXT column, or `'42'` into a BIGINT column);
/// - `.null` → an untyped NULL: the server takes the type from the context (column, comparison).
///   `? IS [NOT] NULL` has no context, so that placeholder is written `$n::text`.
///
/// Decoding by column type: int2/int4/int8/oid → `.integer`; bool → `.integer` 0/1;
/// float4/float8 → `.real`; numeric (e.g. `SUM` of BIGINT) → `.integer` when integral and within
/// Int64, else `.real`; text/varchar/name/bpchar/char/json/jsonb/uuid → `.text`; bytea → `.blob`;
/// timestamps and dates → `.text` ISO 8601; NULL → `.null`; any other type → `.text` when its
/// binary form is UTF-8, else `.blob` (cast such columns in the SQL).
final class PostgresStoreConnection: StoreConnection {
    let connection: PostgresConnection
    let logger: Logger
    /// `host:port`, for `StoreUnavailable`.
    let server: String
    /// Set when a statement failed with `40001`/`40P01`, even if the caller caught the error:
    /// the transaction is then doomed and the engine runs it again.
    private(set) var sawRetryableFailure = false
    /// Set when the connection was lost: the engine must not reuse it.
    private(set) var isBroken = false
    /// Set when the server did not answer in time: a silent server, not a stale connection, so
    /// another connection would only wait as long again.
    private(set) var timedOut = false

    init(connection: PostgresConnection, logger: Logger, server: String) {
        self.connection = connection
        self.logger = logger
        self.server = server
    }

    var dialect: StoreDialect { .postgres }

    func execute(_ sql: String, _ arguments: [StoreValue]) throws -> Int {
        if arguments.isEmpty {
            var changed = 0
            for statement in PostgresSQLText.statements(sql) {
                changed = try run(statement, [], deadline: PostgresDeadline.scriptSeconds).metadata.rows ?? 0
            }
            return changed
        }
        return try run(sql, arguments).metadata.rows ?? 0
    }

    func fetch(_ sql: String, _ arguments: [StoreValue]) throws -> [StoreRow] {
        let result = try run(sql, arguments)
        return result.rows.map { row in
            var columns: [String] = []
            var values: [StoreValue] = []
            for cell in row {
                columns.append(cell.columnName)
                values.append(Self.value(cell))
            }
            return StoreRow(columns: columns, values: values)
        }
    }

    /// Runs one statement (with `?` placeholders), mapping failures to the store's errors.
    /// - Parameter deadline: seconds to wait for the answer before the server counts as
    ///   unreachable (`StoreUnavailable`; the connection is then not reused).
    func run(_ sql: String, _ arguments: [StoreValue],
             deadline: Double = PostgresDeadline.statementSeconds) throws -> PostgresQueryResult {
        let numbered = PostgresSQLText.numberingPlaceholders(sql)
        guard numbered.count == arguments.count else {
            throw PostgresStatementError(
                sqlState: "", message: "the statement has \(numbered.count) placeholders but \(arguments.count) values were given",
                statement: PostgresSQLText.firstLine(sql))
        }
        var binds = PostgresBindings(capacity: arguments.count)
        for argument in arguments { Self.bind(argument, into: &binds) }
        do {
            let answer = Self.query(connection, PostgresQuery(unsafeSQL: numbered.sql, binds: binds), logger: logger)
            return try PostgresDeadline.wait(answer, seconds: deadline, server: server)
        } catch let silent as StoreUnavailable {
            // No answer in time: this connection may still deliver one later, so it is not reused.
            isBroken = true
            timedOut = true
            throw silent
        } catch {
            throw translate(error, statement: sql)
        }
    }

    /// `connection.query`, but failing instead of waiting forever when the connection is
    /// already closed: postgres-nio 1.33.2 drops a query written to a closed channel without
    /// completing it (seen after the server terminated an idle connection).
    static func query(_ connection: PostgresConnection, _ query: PostgresQuery, logger: Logger) -> EventLoopFuture<PostgresQueryResult> {
        let loop = connection.eventLoop
        guard !connection.isClosed else { return loop.makeFailedFuture(ConnectionClosed()) }
        let promise = loop.makePromise(of: PostgresQueryResult.self)
        connection.query(query, logger: logger).cascade(to: promise)
        // Runs on the event loop after postgres-nio's write task: a closed channel by then means
        // the query went nowhere. Completing the promise twice is harmless (the second is ignored).
        loop.execute { if connection.isClosed { promise.fail(ConnectionClosed()) } }
        return promise.futureResult
    }

    struct ConnectionClosed: Error, CustomStringConvertible {
        var description: String { "the connection was closed" }
    }

    private func translate(_ error: any Error, statement: String) -> any Error {
        switch PostgresFailure.classify(error, statement: statement) {
        case .unavailable(let reason):
            isBroken = true
            return StoreUnavailable(server: server, reason: reason)
        case .statement(let failure):
            if failure.isRetryable { sawRetryableFailure = true }
            return failure
        case .authentication(let message):
            return PostgresStatementError(sqlState: "28000", message: message, statement: PostgresSQLText.firstLine(statement))
        case .other(let other):
            if connection.isClosed || other is ConnectionClosed {
                isBroken = true
                return StoreUnavailable(server: server, reason: "the connection was lost (\(other))")
            }
            return other
        }
    }

    private static func bind(_ value: StoreValue, into binds: inout PostgresBindings) {
        switch value {
        case .null: binds.appendNull()
        case .integer(let integer): binds.append(integer)
        case .real(let real): binds.append(real)
        case .text(let text): binds.append(UntypedText(text))
        case .blob(let bytes): binds.append(ByteBuffer(bytes: bytes))
        }
    }

    static func value(_ cell: PostgresCell) -> StoreValue {
        guard var bytes = cell.bytes else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8:
            return (try? cell.decode(Int64.self)).map(StoreValue.integer) ?? .null
        case .oid:
            return bytes.readInteger(as: UInt32.self).map { .integer(Int64($0)) } ?? .null
        case .bool:
            return (try? cell.decode(Bool.self)).map { .integer($0 ? 1 : 0) } ?? .null
        case .float4:
            return (try? cell.decode(Float.self)).map { .real(Double($0)) } ?? .null
        case .float8:
            return (try? cell.decode(Double.self)).map(StoreValue.real) ?? .null
        case .numeric:
            guard let decimal = try? cell.decode(Decimal.self) else { return .null }
            return numeric(decimal)
        case .bytea:
            return .blob(bytes.readBytes(length: bytes.readableBytes) ?? [])
        case .text, .varchar, .name, .bpchar, .char, .json, .jsonb, .uuid, .unknown:
            return (try? cell.decode(String.self)).map(StoreValue.text) ?? .null
        case .timestamp, .timestamptz, .date:
            return (try? cell.decode(Date.self)).map { .text(ISO8601DateFormatter().string(from: $0)) } ?? .null
        default:
            let raw = bytes.readBytes(length: bytes.readableBytes) ?? []
            if let text = String(validating: raw, as: UTF8.self) { return .text(text) }
            return .blob(raw)
        }
    }

    /// An integral numeric within Int64 is an integer (SUM of BIGINT), anything else a Double.
    static func numeric(_ decimal: Decimal) -> StoreValue {
        var value = decimal
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 0, .plain)
        if rounded == decimal, let integer = Int64(rounded.description) { return .integer(integer) }
        return .real(NSDecimalNumber(decimal: decimal).doubleValue)
    }
}

/// A string parameter without a declared type, in text format: PostgreSQL types it from its
/// context, exactly as it types a quoted literal.
struct UntypedText: PostgresNonThrowingEncodable {
    let text: String
    init(_ text: String) { self.text = text }

    static var psqlType: PostgresDataType { .null }  // OID 0: "unspecified", the server infers it.
    static var psqlFormat: PostgresFormat { .text }

    func encode<JSONEncoder: PostgresJSONEncoder>(into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>) {
        byteBuffer.writeString(text)
    }
}
