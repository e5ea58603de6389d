import Foundation
import Testing
@testable import ToteStore

@Suite(.enabled(if: PostgresEngineTestServer.enabled, "\(PostgresEngineTestServer.skipMessage)"))
struct PostgresChangeListenerTests {
    @Test func reportsCommittedNotificationsOnly() throws {
        try PostgresEngineTestServer.withScratchSchema { engine, schema in
            let channel = "changes_" + schema  // Its own channel: other tests notify tote_changes.
            let listener = PostgresChangeListener(engine: engine, channel: channel)
            defer { listener.close() }
            #expect(listener.hasChanged())  // The first call always says "load".
            #expect(try waitUntil { listener.isListening })
            _ = listener.hasChanged()  // Consume the "just connected" report.
            #expect(!listener.hasChanged())
            try engine.write { db in try PostgresChangeListener.notify(db, channel: channel) }
            #expect(listener.wait(timeoutSeconds: 10))
            #expect(!listener.hasChanged())
            struct Abort: Error {}
            _ = try? engine.write { db in
                try PostgresChangeListener.notify(db, channel: channel)
                throw Abort()
            }
            #expect(!listener.wait(timeoutSeconds: 0.5))
        }
    }

    @Test func reconnectsAfterItsConnectionIsKilledAndReportsAChange() throws {
        try PostgresEngineTestServer.withScratchSchema { engine, schema in
            let channel = "changes_" + schema  // Its own channel: other tests notify tote_changes.
            let listener = PostgresChangeListener(engine: engine, channel: channel, retrySeconds: 0.1)
            defer { listener.close() }
            #expect(try waitUntil { listener.isListening })
            _ = listener.hasChanged()
            let pid = try #require(listener.backendPID)
            let killed = try engine.write { db in
                try Bool.fetchOne(db, sql: "SELECT pg_terminate_backend(?::int)", arguments: [Int(pid)])
            }
            #expect(killed == true)
            #expect(listener.wait(timeoutSeconds: 10))  // The drop itself is reported…
            #expect(try waitUntil { listener.isListening })  // …it reconnects…
            _ = listener.hasChanged()
            try engine.write { db in try PostgresChangeListener.notify(db, channel: channel) }
            #expect(listener.wait(timeoutSeconds: 10))  // …and hears new changes.
        }
    }

    /// Polls `condition` every 20 ms for up to 10 s.
    func waitUntil(_ condition: () -> Bool) throws -> Bool {
        for _ in 0..<500 {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return false
    }
}
