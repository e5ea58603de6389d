import Foundation
import Testing
import ToteCore
import ToteStore

/// Eight real stations (`tote drive`) on one store claim, scan and complete orders for a
/// while, as fast as they can. Then: no order was claimed twice, every count equals what its
/// logged scans add up to (no lost update), every completed order is packed whole, every
/// acknowledged scan is in the log, and no station saw "database is locked".
///
/// `TOTE_TORTURE_SECONDS` sets how long (10 s by default; 60 s for a real run),
/// `TOTE_TORTURE_STATIONS` how many stations (8).
@Suite("E2E: concurrency torture (stations claim, scan and complete together)")
struct ConcurrentStationTortureTests {
    @Test(.timeLimit(.minutes(10)))
    func stationsWorkingTogetherLoseNothing() async throws {
        try await Self.torture(onPostgres: false)
    }

    /// The same on one PostgreSQL database: claims take `FOR UPDATE SKIP LOCKED`.
    @Test(.enabled(if: PostgresTestServer.enabled, "needs the test PostgreSQL server (.ci/run starts one)"),
          .timeLimit(.minutes(10)))
    func stationsWorkingTogetherOnPostgreSQLLoseNothing() async throws {
        try await Self.torture(onPostgres: true)
    }

    static func torture(onPostgres: Bool) async throws {
        let seconds = TortureSupport.setting("TOTE_TORTURE_SECONDS", default: 10)
        let stations = TortureSupport.setting("TOTE_TORTURE_STATIONS", default: 8)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tote-busy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let location = onPostgres ? try await PostgresTestServer.createDatabase("busy", scratch: dir) : nil
        let storePath = try await TortureSupport.makeStore(in: dir, extraOrders: 120 * seconds + 100, location: location)
        let deadline = Date().addingTimeInterval(Double(seconds))
        let workers = (0..<stations).map { StationWorker(storePath: storePath, folder: dir, station: "BUSY-\($0)") }
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            // Plain threads: each worker blocks on its station's pipe, and the cooperative pool
            // has only as many threads as cores.
            let group = DispatchGroup()
            for worker in workers {
                group.enter()
                Thread { worker.run(until: deadline); group.leave() }.start()
            }
            group.notify(queue: .global()) { done.resume() }
        }

        let store = try FloorStore.open(StoreLocation(parsing: storePath))
        var claimedBy: [String: String] = [:]
        var scans = 0
        for worker in workers {
            #expect(worker.failures.isEmpty, "\(worker.station): \(worker.failures.prefix(5))")
            #expect(worker.exitCode == 0, "\(worker.station) exited \(worker.exitCode ?? -1): \(worker.stderr)")
            #expect(!worker.stderr.contains("locked"), "\(worker.station): \(worker.stderr)")
            for order in worker.claimed {
                #expect(claimedBy[order] == nil, "\(order) claimed by \(claimedBy[order] ?? "") and \(worker.station)")
                claimedBy[order] = worker.station
            }
            // Every acknowledged scan is in the log, once, in order (the station quit cleanly).
            let logged = try store.scans(station: worker.station).map(\.raw)
            #expect(logged == worker.acked, "\(worker.station): \(logged.count) logged, \(worker.acked.count) acknowledged")
            scans += worker.acked.count
        }
        var packed = 0
        for (order, station) in claimedBy {
            let claims = try store.statusEvents(order: order).filter { $0.to == OrderStatus.picking.rawValue }
            #expect(claims.count == 1 && claims.first?.station == station, "\(order) claims: \(claims)")
            let progress = try #require(try store.order(number: order))
            let fromLog = try CrashTorture.countsFromLog(store, order: order)
            #expect(progress.pickedByLine.filter { $0.value != 0 } == fromLog.picked, "\(order) picked vs log")
            #expect(progress.packedByLine.filter { $0.value != 0 } == fromLog.packed, "\(order) packed vs log")
            let finished = workers.first { $0.station == station }?.completed.contains(order) ?? false
            if finished {
                packed += 1
                #expect(try store.status(of: order) == .packed, "\(order) completed but not packed")
                for line in progress.order.shippableLines {
                    #expect(progress.pickedByLine[line.lineNumber] == line.quantity, "\(order) line \(line.lineNumber) picked")
                    #expect(progress.packedByLine[line.lineNumber] == line.quantity, "\(order) line \(line.lineNumber) packed")
                }
            } else {
                #expect(progress.claimedBy == station, "\(order) still held by \(station)")
            }
        }
        if !onPostgres { #expect(try store.integrityCheck() == "ok") }
        #expect(packed > 0)
        print("concurrency torture\(onPostgres ? " on PostgreSQL" : ""): \(stations) stations for \(seconds) s, \(claimedBy.count) orders claimed, "
              + "\(packed) packed, \(scans) scans acknowledged, 0 claimed twice")
    }
}

/// One station process driven by a diligent packer until the deadline.
final class StationWorker: @unchecked Sendable {
    let storePath: String
    let folder: URL
    let station: String
    private(set) var acked: [String] = []
    private(set) var claimed: [String] = []
    private(set) var completed: Set<String> = []
    private(set) var failures: [String] = []
    private(set) var exitCode: Int32?
    private(set) var stderr = ""

    init(storePath: String, folder: URL, station: String) {
        self.storePath = storePath
        self.folder = folder
        self.station = station
    }

    func run(until deadline: Date) {
        do {
            let process = try DriveProcess(tote: try ToteBinary.locate(), store: storePath, station: station,
                                           config: ToteBinary.configDirectory,
                                           stderrPath: folder.appendingPathComponent("stderr-\(station).txt").path)
            defer {
                // Also on a thrown error: end the station rather than leave it running.
                if exitCode == nil { exitCode = process.finish() }
                stderr = process.stderr
            }
            var packer = try DiligentPacker(store: try FloorStore.open(StoreLocation(parsing: storePath)))
            guard var last = try process.next(tag: "ready") else {
                failures.append("no ready line")
                process.kill()
                return
            }
            while Date() < deadline {
                let scan = try packer.nextScan(after: last)
                guard process.send(scan), let ack = try process.next(tag: "ack") else {
                    failures.append("the station died after \(acked.count) scans")
                    break
                }
                acked.append(scan)
                if ack.severity == "error" || (ack.status ?? "").contains("locked") {
                    failures.append("\(scan): \(ack.status ?? "")")
                }
                if scan == "NEXT" {
                    guard let order = ack.order else {
                        failures.append("nothing left to claim after \(claimed.count) orders: import more")
                        break
                    }
                    claimed.append(order)
                }
                // The scale reading is the last check: the box closes by itself.
                if scan.hasPrefix("W"), let order = last.order, ack.order == nil { completed.insert(order) }
                last = ack
            }
        } catch {
            failures.append(String(describing: error))
        }
    }
}
