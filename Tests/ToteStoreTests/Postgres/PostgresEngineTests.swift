import Foundation
import Testing
@testable import ToteStore

@Suite(.enabled(if: PostgresEngineTestServer.enabled, "\(PostgresEngineTestServer.skipMessage)"))
struct PostgresEngineTests {
    struct Boom: Error {}

    @Test func placeholdersSkipLiteralsCommentsAndIdentifiers() throws {
        try PostgresEngineTestServer.withScratchSchema { engine, _ in
            let row = try engine.read { db in
                try StoreRow.fetchOne(db, sql: """
                    SELECT 'what?' AS "lit?", ? AS a, -- a ? in a comment
                           $$ dollar ? $$ AS d, ? AS b
                    """, arguments: ["first", 2])
            }
            #expect(row?.columns == ["lit?", "a", "d", "b"])
            #expect(row?.values == [.text("what?"), .text("first"), .text(" dollar ? "), .integer(2)])
        }
    }

    @Test func everyValueTypeRoundTrips() throws {
        try PostgresEngineTestServer.withScratchSchema { engine, _ in
            let blob = (0...255).map(UInt8.init)
            let rows: [[StoreValue]] = [
                [.integer(Int64.max), .real(3.25), .text("Ünïcødé 📦 'quoted' ?"), .blob(blob), .null],
                [.integer(Int64.min), .real(-0.5), .text(""), .blob([]), .integer(0)],
            ]
            let stored = try engine.write { db -> [StoreRow] in
                try db.execute(sql: "CREATE TABLE v (i BIGINT, r DOUBLE PRECISION, t TEXT, b BYTEA, n BIGINT)")
                for values in rows {
                    try db.execute(sql: "INSERT INTO v VALUES (?, ?, ?, ?, ?)", arguments: StoreArguments(values))
                }
                return try StoreRow.fetchAll(db, sql: "SELECT i, r, t, b, n FROM v ORDER BY i DESC")
            }
            #expect(stored.map(\.values) == rows)
            #expect(stored.first?.columns == ["i", "r", "t", "b", "n"])
        }
    }

    @Test func resultTypesDecodeToStoreValues() throws {
        try PostgresEngineTestServer.withScratchSchema { engine, _ in
            let row = try engine.write { db -> StoreRow? in
                try db.execute(sql: "CREATE TABLE q (n BIGINT)")
                try db.execute(sql: "INSERT INTO q VALUES (9000000000), (9000000000), (1)")
                return try StoreRow.fetchOne(db, sql: """
                    SELECT 7::int2 AS s, 8::int4 AS i, true AS yes, false AS no, 1.5::real AS f,
                           (SELECT SUM(n) FROM q) AS total, (SELECT AVG(n) FROM q WHERE n > 1) AS whole,
                           (SELECT AVG(n) FROM q) AS mean, 'v'::varchar AS vc, 'ab'::char(3) AS bp,
                           current_user::name AS nm, '2024-05-01 10:00:00+00'::timestamptz AS ts,
                           '{"a":1}'::jsonb AS j, count(*) AS c
                    """)
            }
            let r = try #require(row)
            #expect(r.value("s") == .integer(7))
            #expect(r.value("i") == .integer(8))
            #expect(r.value("yes") == .integer(1) && r.value("no") == .integer(0))
            #expect(r.value("f") == .real(1.5))
            #expect(r.value("total") == .integer(18_000_000_001))
            #expect(r.value("whole") == .integer(9_000_000_000))
            guard case .real(let mean) = r.value("mean") else { Issue.record("AVG is \(r.value("mean"))"); return }
            #expect(abs(mean - 18_000_000_001.0 / 3) < 1e-3)
            #expect(r.value("vc") == .text("v") && r.value("bp") == .text("ab "))
            #expect(r.value("nm") == .text(try PostgresEngineTestServer.url().user))
            #expect(r.value("ts") == .text("2024-05-01T10:00:00Z"))
            #expect(r.value("j") == .text(#"{"a": 1}"#))
            #expect(r.value("c") == .integer(1))
            let total: Int64 = r["total"]
            #expect(total == 18_000_000_001)
        }
    }

    @Test func nullBindsWorkInNullTestsColumnsAndComparisons() throws {
        try PostgresEngineTestServer.withScratchSchema { engine, _ in
            try engine.write { db in
                try db.execute(sql: "CREATE TABLE n (k BIGINT, t TEXT, b BYTEA, r DOUBLE PRECISION)")
                try db.execute(sql: "INSERT INTO n VALUES (?, ?, ?, ?)", arguments: [1, nil, nil, nil])
                try db.execute(sql: "INSERT INTO n VALUES (?, ?, ?, ?)", arguments: [nil, "x", [UInt8]([1]), 2.0])
                let tests = try StoreRow.fetchOne(db, sql: "SELECT ? IS NULL AS a, ? IS NOT NULL AS b, ? IS NULL AS c",
                                                  arguments: [nil, nil, "text"])
                #expect(tests?.values == [.integer(1), .integer(0), .integer(0)])
                let all = try Int.fetchOne(db, sql: "SELECT count(*) FROM n WHERE (? IS NULL OR k = ?)", arguments: [nil, nil])
                #expect(all == 2)
                let one = try Int.fetchOne(db, sql: "SELECT count(*) FROM n WHERE (? IS NULL OR k = ?)", arguments: [1, 1])
                #expect(one == 1)
                try db.execute(sql: "UPDATE n SET k = ?, r = ? WHERE t = ?", arguments: [nil, nil, "x"])
                #expect(db.changesCount == 1)
                let kept = try Int.fetchOne(db, sql: "SELECT count(*) FROM n WHERE k IS NULL AND r IS NULL")
                #expect(kept == 1)
                let coalesced = try Int64.fetchOne(db, sql: "SELECT COALESCE(?, k) FROM n WHERE k = 1", arguments: [nil])
                #expect(coalesced == 1)
                let textIntoNumber = try Int.fetchOne(db, sql: "SELECT count(*) FROM n WHERE k = ?", arguments: ["1"])
                #expect(textIntoNumber == 1)
            }
        }
    }

    @Test func executeReportsRowsAffected() throws {
        try PostgresEngineTestServer.withScratchSchema { engine, _ in
            let counts = try engine.write { db -> [Int] in
                var counts: [Int] = []
                try db.execute(sql: "CREATE TABLE c (id BIGINT PRIMARY KEY, x BIGINT)")
                try db.execute(sql: "INSERT INTO c VALUES (?, 0), (?, 0), (?, 5)", arguments: [1, 2, 3])
                counts.append(db.changesCount)
                try db.execute(sql: "UPDATE c SET x = x + 1 WHERE x = ?", arguments: [0])
                counts.append(db.changesCount)
                try db.execute(sql: "INSERT INTO c VALUES (?, 0) ON CONFLICT (id) DO NOTHING", arguments: [1])
                counts.append(db.changesCount)
                try db.execute(sql: "DELETE FROM c WHERE id > ?", arguments: [0])
                counts.append(db.changesCount)
                return counts
            }
            #expect(counts == [3, 2, 0, 3])
        }
    }

    @Test func executeWithoutArgumentsRunsAScript() throws {
        try PostgresEngineTestServer.withScratchSchema { engine, _ in
            let (rows, last) = try engine.write { db -> ([String], Int) in
                try db.execute(sql: """
                    CREATE TABLE s (t TEXT);
                    INSERT INTO s VALUES ('semi;colon'), ('what?');
                    -- a comment; with a semicolon
                    CREATE FUNCTION s_count() RETURNS bigint AS $$ BEGIN RETURN (SELECT count(*) FROM s); END; $$ LANGUAGE plpgsql;
                    INSERT INTO s SELECT 'n=' || s_count();
                    """)
                return (try String.fetchAll(db, sql: "SELECT t FROM s ORDER BY t"), db.changesCount)
            }
            #expect(rows == ["n=2", "semi;colon", "what?"])
            #expect(last == 1)
        }
    }

    @Test func serializableWritersRetryUntilEveryIncrementCounts() throws {
        try PostgresEngineTestServer.withScratchSchema { engine, _ in
            try engine.write { db in
                try db.execute(sql: "CREATE TABLE counter (id INT PRIMARY KEY, n BIGINT NOT NULL); INSERT INTO counter VALUES (1, 0)")
            }
            let runs = PostgresTestCounter()
            let errors = PostgresTestCounter()
            DispatchQueue.concurrentPerform(iterations: 2) { _ in
                for _ in 0..<200 {
                    do {
                        try engine.write { db in
                            runs.add()
                            let n = try Int64.fetchOne(db, sql: "SELECT n FROM counter WHERE id = 1") ?? 0
                            try db.execute(sql: "UPDATE counter SET n = ? WHERE id = 1", arguments: [n + 1])
                        }
                    } catch {
                        errors.add()
                    }
                }
            }
            let total = try engine.read { db in try Int64.fetchOne(db, sql: "SELECT n FROM counter WHERE id = 1") }
            #expect(errors.value == 0)
            #expect(total == 400)
            #expect(runs.value >= 400)
        }
    }

    @Test func writeRollsBackWhenTheBodyThrows() throws {
        try PostgresEngineTestServer.withScratchSchema { engine, _ in
            try engine.write { db in try db.execute(sql: "CREATE TABLE r (x BIGINT)") }
            #expect(throws: Boom.self) {
                try engine.write { db in
                    try db.execute(sql: "INSERT INTO r VALUES (?)", arguments: [1])
                    throw Boom()
                }
            }
            let count = try engine.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM r") }
            #expect(count == 0)
        }
    }

    @Test func statementErrorsCarryMessageSQLStateAndStatement() throws {
        try PostgresEngineTestServer.withScratchSchema { engine, _ in
            try engine.write { db in try db.execute(sql: "CREATE TABLE u (id BIGINT PRIMARY KEY)") }
            do {
                try engine.write { db in
                    try db.execute(sql: "INSERT INTO u VALUES (?)", arguments: [1])
                    try db.execute(sql: "INSERT INTO u VALUES (?)\n -- second line", arguments: [1])
                }
                Issue.record("a duplicate key was accepted")
            } catch let error as PostgresStatementError {
                #expect(error.sqlState == "23505")
                #expect("\(error)".contains("duplicate key value violates unique constraint"))
                #expect("\(error)".contains("INSERT INTO u VALUES (?)"))
                #expect(!"\(error)".contains("second line"))
            }
            let count = try engine.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM u") }
            #expect(count == 0)
        }
    }

    @Test func readTransactionsAreReadOnly() throws {
        try PostgresEngineTestServer.withScratchSchema { engine, _ in
            #expect {
                try engine.read { db in try db.execute(sql: "CREATE TABLE nope (x INT)") }
            } throws: { error in
                (error as? PostgresStatementError)?.sqlState == "25006"
            }
        }
    }

    @Test func unreachableServerIsStoreUnavailable() throws {
        let url = PostgresURL(host: "127.0.0.1", port: try Self.unusedPort(), user: "tote", database: "tote")
        let engine = PostgresEngine(url: url, password: "x")
        defer { engine.close() }
        for _ in 0..<2 {
            #expect {
                try engine.read { db in try Int.fetchOne(db, sql: "SELECT 1") }
            } throws: { error in
                guard let unavailable = error as? StoreUnavailable else { return false }
                return unavailable.server == "127.0.0.1:\(url.port)" && unavailable.reason.contains("refused")
                    && "\(unavailable)".contains("keeps working offline")
            }
        }
    }

    @Test func wrongPasswordNamesTheUserAndWhereThePasswordComesFrom() throws {
        let engine = PostgresEngine(url: try PostgresEngineTestServer.url(), password: "definitely-wrong")
        defer { engine.close() }
        #expect {
            try engine.read { db in try Int.fetchOne(db, sql: "SELECT 1") }
        } throws: { error in
            guard let auth = error as? PostgresAuthenticationError else { return false }
            return "\(auth)".contains("user \(auth.user)") && "\(auth)".contains("PGPASSWORD") && "\(auth)".contains(".pgpass")
        }
    }

    @Test func reconnectsByItselfAfterTheConnectionIsKilled() throws {
        try PostgresEngineTestServer.withScratchSchema(maxConnections: 1) { engine, _ in
            let pid = try engine.read { db in try Int64.fetchOne(db, sql: "SELECT pg_backend_pid()") }
            let killer = PostgresEngine(url: try PostgresEngineTestServer.url(), password: try PostgresEngineTestServer.password())
            defer { killer.close() }
            let killed = try killer.write { db in try Bool.fetchOne(db, sql: "SELECT pg_terminate_backend(?::int)", arguments: [pid]) }
            #expect(killed == true)
            Thread.sleep(forTimeInterval: 0.2)  // Let the FATAL message reach the client.
            let again = try engine.read { db in try Int64.fetchOne(db, sql: "SELECT pg_backend_pid()") }
            #expect(again != nil && again != pid)
        }
    }

    @Test func killedMidTransactionIsStoreUnavailableAndTheNextCallWorks() throws {
        try PostgresEngineTestServer.withScratchSchema(maxConnections: 1) { engine, _ in
            let killer = PostgresEngine(url: try PostgresEngineTestServer.url(), password: try PostgresEngineTestServer.password())
            defer { killer.close() }
            #expect(throws: StoreUnavailable.self) {
                try engine.write { db in
                    let pid = try Int64.fetchOne(db, sql: "SELECT pg_backend_pid()")
                    _ = try killer.write { k in try Bool.fetchOne(k, sql: "SELECT pg_terminate_backend(?::int)", arguments: [pid]) }
                    Thread.sleep(forTimeInterval: 0.2)
                    _ = try Int.fetchOne(db, sql: "SELECT 1")
                }
            }
            #expect(try engine.read { db in try Int.fetchOne(db, sql: "SELECT 1") } == 1)
        }
    }

    /// A TCP port on 127.0.0.1 with nothing listening: bound once by us, then released.
    static func unusedPort() throws -> Int {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        try withUnsafeMutablePointer(to: &address) { pointer in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                guard bind(socket, raw, length) == 0, getsockname(socket, raw, &length) == 0 else { throw Boom() }
            }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// A thread-safe count for tests.
final class PostgresTestCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
