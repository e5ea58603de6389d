import Foundation
import Testing
import ToteCore
import ToteStore

/// The real `tote` on a bad store file, and `tote backup`/`tote restore` while stations run.
@Suite("E2E: store faults, backup and restore", .timeLimit(.minutes(2)))
struct StoreFaultEndToEndTests {
    private func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tote-faults-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    private func tote(_ arguments: [String], in dir: URL) async throws -> Subprocess.Output {
        try await Subprocess.run(try ToteBinary.locate(), arguments + ["--config", ToteBinary.configDirectory], scratch: dir)
    }

    @Test func stationAndImportRefuseABadStoreCleanlyAndChangeNothing() async throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = try await TortureSupport.makeStore(in: dir, extraOrders: 0)
        let garbage = dir.appendingPathComponent("garbage.sqlite").path
        try Data((0..<16_384).map { UInt8(truncatingIfNeeded: $0 &* 131) }).write(to: URL(fileURLWithPath: garbage))
        let newer = dir.appendingPathComponent("newer.sqlite").path
        _ = try await tote(["backup", newer, "--store", good], in: dir)
        let truncated = dir.appendingPathComponent("truncated.sqlite").path
        let whole = try Data(contentsOf: URL(fileURLWithPath: newer))
        try whole.prefix(4096 * 2).write(to: URL(fileURLWithPath: truncated))
        // A newer Tote's store: one more migration than this build knows.
        let sqlite3 = try #require(Subprocess.which("sqlite3"), "sqlite3 is needed to age a store")
        let bump = try await Subprocess.run(sqlite3, [newer, "INSERT INTO grdb_migrations VALUES ('v99-future')"], scratch: dir)
        try #require(bump.status == 0, "sqlite3: \(bump.stderr)")
        let orders = dir.appendingPathComponent("orders.jsonl").path
        try ##"{"number":"#X1","created_at":1795762800,"ship_to":{"name":"A","address1":"1 St","city":"C","postal_code":"1","country":"US"},"lines":[{"line":1,"sku":"TEE-BLK-S","name":"x","quantity":1}]}"##
            .write(toFile: orders, atomically: true, encoding: .utf8)

        for (file, words) in [(garbage, "not a Tote store"), (newer, "newer Tote"), (truncated, "")] {
            let before = try Data(contentsOf: URL(fileURLWithPath: file))
            for arguments in [["drive", "--store", file], ["import", "orders", orders, "--store", file]] {
                let run = try await tote(arguments, in: dir)
                #expect(run.status != 0 && run.status < 128, "\(arguments): exit \(run.status) (a crash is ≥ 128)")
                // The newer-schema refusal names the schema versions instead of the file.
                if words != "newer Tote" {
                    #expect(run.stderr.contains(file), "\(arguments): the message names the file: \(run.stderr)")
                }
                if !words.isEmpty { #expect(run.stderr.contains(words), "\(arguments): \(run.stderr)") }
                #expect(!run.stderr.contains("Fatal error"), "\(run.stderr)")
                #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before, "\(arguments) changed \(file)")
            }
        }
    }

    @Test func backupWhileStationsScanThenRestore() async throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try await TortureSupport.makeStore(in: dir, extraOrders: 300)
        let workers = (0..<2).map { StationWorker(storePath: store, folder: dir, station: "BK-\($0)") }
        let deadline = Date().addingTimeInterval(3)
        let group = DispatchGroup()
        for worker in workers {
            group.enter()
            Thread { worker.run(until: deadline); group.leave() }.start()
        }
        // Backups taken while both stations scan.
        var outputs: [Subprocess.Output] = []
        for i in 0..<3 {
            try await Task.sleep(nanoseconds: 500_000_000)
            outputs.append(try await tote(["backup", dir.appendingPathComponent("b\(i).sqlite").path, "--store", store], in: dir))
        }
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in group.notify(queue: .global()) { done.resume() } }
        for (i, output) in outputs.enumerated() {
            #expect(output.status == 0, "backup \(i): \(output.stderr)")
            #expect(output.stdout.contains("integrity ok"), "\(output.stdout)")
            let copy = try FloorStore(path: dir.appendingPathComponent("b\(i).sqlite").path)
            #expect(try copy.integrityCheck() == "ok")
        }
        for worker in workers { #expect(worker.failures.isEmpty, "\(worker.failures)") }

        // A station holds an order: restore refuses, then --force restores.
        let holder = try DriveProcess(tote: try ToteBinary.locate(), store: store, station: "BK-HOLD",
                                      config: ToteBinary.configDirectory, stderrPath: dir.appendingPathComponent("hold.txt").path)
        _ = try holder.next(tag: "ready")
        holder.send("NEXT")
        #expect(try holder.next(tag: "ack")?.order != nil)
        #expect(holder.finish() == 0)
        let backup = dir.appendingPathComponent("b2.sqlite").path
        let scansInBackup = try FloorStore(path: backup).scanCount()
        let refused = try await tote(["restore", backup, "--store", store], in: dir)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--force"), "\(refused.stderr)")
        let liveScans = try FloorStore(path: store).scanCount()
        #expect(liveScans >= scansInBackup)
        let forced = try await tote(["restore", backup, "--store", store, "--force"], in: dir)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stdout.contains("before-restore"), "\(forced.stdout)")
        #expect(try FloorStore(path: store).scanCount() == scansInBackup)
        #expect(try FloorStore(path: store + ".before-restore").scanCount() == liveScans)
        #expect(try FloorStore(path: store).integrityCheck() == "ok")
    }
}
