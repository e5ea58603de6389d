import Foundation
import Testing
@testable import ToteStore

/// Restarts the real server: runs `TOTE_TEST_POSTGRES_RESTART_COMMAND` (e.g. `pg_ctl restart -w`),
/// skipped without it. Run it on its own (`--filter PostgresServerRestartTests`): the restart
/// cuts every other test's connections too.
@Suite(.enabled(if: PostgresEngineTestServer.urlText != nil && ProcessInfo.processInfo.environment["TOTE_TEST_POSTGRES_RESTART_COMMAND"] != nil,
                "set TOTE_TEST_POSTGRES_RESTART_COMMAND to restart the server under test"))
struct PostgresServerRestartTests {
    @Test func theNextCallAfterARestartReconnectsByItself() throws {
        let engine = PostgresEngine(url: try PostgresEngineTestServer.url(), password: try PostgresEngineTestServer.password())
        defer { engine.close() }
        let before = try engine.read { db in try Int64.fetchOne(db, sql: "SELECT pg_backend_pid()") }
        let listener = PostgresChangeListener(engine: engine, retrySeconds: 0.2)
        defer { listener.close() }
        #expect(Self.run(ProcessInfo.processInfo.environment["TOTE_TEST_POSTGRES_RESTART_COMMAND"]!) == 0)
        let after = try engine.read { db in try Int64.fetchOne(db, sql: "SELECT pg_backend_pid()") }
        #expect(after != nil && after != before)
        var listening = false
        for _ in 0..<250 where !listening {
            Thread.sleep(forTimeInterval: 0.02)
            listening = listener.isListening
        }
        #expect(listening)
        _ = listener.hasChanged()
        try engine.write { db in try PostgresChangeListener.notify(db) }
        #expect(listener.wait(timeoutSeconds: 10))
    }

    /// Runs `command` with /bin/sh and returns its exit status. (Foundation's
    /// `Process.waitUntilExit` never returned here once the command started a server daemon.)
    static func run(_ command: String) -> Int32 {
        var pid: pid_t = 0
        let arguments = ["/bin/sh", "-c", command]
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawn(&pid, "/bin/sh", nil, nil, &argv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (status >> 8) & 0xff
    }
}
