import Foundation
import Testing
import ToteCore
import ToteStore

/// Eight real `tote` processes claim NEXT from one store at the same instant until it is
/// empty: every order must be claimed exactly once, and no process may fail with
/// "database is locked".
@Suite("E2E: eight stations claiming")
struct ConcurrentClaimTests {
    @Test(.timeLimit(.minutes(1)))
    func everyOrderIsClaimedExactlyOnce() async throws {
        let binary = try ToteBinary.locate()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tote-claims-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let storePath = dir.appendingPathComponent("tote.sqlite").path
        let config = ToteBinary.configDirectory

        let demo = try await Subprocess.run(binary, ["demo", "--store", storePath, "--config", config], scratch: dir)
        #expect(demo.status == 0, "tote demo: \(demo.stderr)")

        // 360 more orders in the native JSON Lines format, so the claims really contend.
        let skus = try FloorStore(path: storePath).loadCatalog().skus.map(\.code)
        let lines = (0..<360).map { i -> String in
            let sku = skus[i % skus.count]
            return """
                {"number":"#9\(String(format: "%04d", i))","created_at":1795762800,"ship_by":1795795200,\
                "ship_to":{"name":"Load \(i)","address1":"1 Test St","city":"Testville","postal_code":"12345","country":"US"},\
                "lines":[{"line":1,"sku":"\(sku)","name":"x","quantity":1}]}
                """
        }
        let file = dir.appendingPathComponent("load.jsonl")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let imported = try await Subprocess.run(binary, ["import", "orders", file.path, "--store", storePath,
                                                         "--config", config], scratch: dir)
        #expect(imported.status == 0, "tote import: \(imported.stdout) \(imported.stderr)")
        let total = try FloorStore(path: storePath).openOrderCount()
        #expect(total == 400)

        let startAt = Int64(Date().timeIntervalSince1970 * 1000) + 1_500
        let outputs = try await withThrowingTaskGroup(of: Subprocess.Output.self) { group in
            for i in 0..<8 {
                group.addTask {
                    try await Subprocess.run(binary, ["bench", "queue", "--worker", "--store-path", storePath,
                                                      "--station", "ST-\(i)", "--claims", "1000",
                                                      "--start-at", String(startAt)], scratch: dir)
                }
            }
            var all: [Subprocess.Output] = []
            for try await output in group { all.append(output) }
            return all
        }
        for output in outputs {
            #expect(output.status == 0, "a station process failed: \(output.stderr)")
            #expect(!output.stderr.contains("locked"), "\(output.stderr)")
        }
        let claimsPerProcess = outputs.map { $0.stdout.split(whereSeparator: \.isWhitespace).count }
        #expect(claimsPerProcess.reduce(0, +) == total, "claims per process: \(claimsPerProcess)")

        let store = try FloorStore(path: storePath)
        let picking = try store.listOrders(statuses: [.picking], limit: 10_000)
        #expect(picking.count == total)
        #expect(try store.openOrderCount() == total)
        #expect(try store.claimNext(station: "LATE", now: 0) == nil, "nothing left to claim")
        #expect(try store.integrityCheck() == "ok")
    }
}
