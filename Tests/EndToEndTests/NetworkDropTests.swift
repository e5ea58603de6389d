import Foundation
import Testing
import ToteCore
import ToteStore

/// The floor of issue 11: two stations and a supervisor on one PostgreSQL server, and the
/// server stopped for 30 s in the middle of the stations' orders. The stations keep scanning
/// (offline, into their journals) and close their boxes; when the server is back every scan
/// arrives once and in order, the boxes are packed, and the dashboard shows it.
@Suite("E2E: a PostgreSQL floor through a server stop")
struct NetworkDropTests {
    /// How long the server stays down (the acceptance's 30 s unless `TOTE_DROP_SECONDS` says).
    static let downSeconds = Double(TortureSupport.setting("TOTE_DROP_SECONDS", default: 30))

    @Test(.enabled(if: PostgresTestServer.enabled, "needs the test PostgreSQL server (.ci/run starts one)"),
          .timeLimit(.minutes(5)))
    func twoStationsAndASupervisorLoseNoScanWhileTheServerIsDown() async throws {
        try await Self.floorThrough(.stopped, seconds: Self.downSeconds)
    }

    /// The other way a link dies: the server's host freezes (SIGSTOP), so connections stay open
    /// and nothing answers, as behind a blocked port. The stations must notice by their deadline,
    /// not wait for TCP to give up.
    @Test(.enabled(if: PostgresTestServer.enabled, "needs the test PostgreSQL server (.ci/run starts one)"),
          .timeLimit(.minutes(5)))
    func twoStationsLoseNoScanWhileTheServerIsSilent() async throws {
        try await Self.floorThrough(.frozen, seconds: 15)
    }

    static func floorThrough(_ outage: DropFloor.Outage, seconds: Double) async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tote-drop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // A server of its own: stopping the shared one would break the other tests running now.
        let cluster = dir.appendingPathComponent("pg")
        let url = try await PostgresTestServer.startPrivateCluster(in: cluster)
        defer { _ = PostgresTestServer.control("stop", cluster) }
        let tote = try ToteBinary.locate()
        let demo = try await Subprocess.run(tote, ["demo", "--store", url, "--config", ToteBinary.configDirectory], scratch: dir)
        #expect(demo.status == 0, "\(demo.stderr)")

        let supervisorErrors = dir.appendingPathComponent("supervisor-stderr.txt").path
        let supervise = [tote, "supervise", "--store", url, "--config", ToteBinary.configDirectory]
            .map(Station.quote).joined(separator: " ") + " 2>" + Station.quote(supervisorErrors)
            + "; echo \"exit $?\" >>" + Station.quote(supervisorErrors) + "; sleep 30" 
        let dashboard = try await TmuxSession.start(supervise, in: dir, name: "sup")
        defer { dashboard.kill() }
        _ = try await dashboard.waitFor("Supervisor")

        let floor = DropFloor(url: url, folder: dir, cluster: cluster, stations: ["PACK-01", "PACK-02"],
                              outage: outage, downSeconds: seconds)
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            // A plain thread: the stations' pipes block, and the cooperative pool is 2 threads here.
            Thread { floor.run(); done.resume() }.start()
        }
        #expect(floor.failures.isEmpty, "\(floor.failures)")

        let store = try FloorStore.open(StoreLocation(parsing: url))
        var offlineScans = 0
        for station in floor.workers {
            #expect(station.exitCode == 0, "\(station.id) exited \(station.exitCode ?? -1): \(station.stderr)")
            // Every acknowledged scan is in the store, once, in the order it was made.
            let logged = try store.scans(station: station.id)
            #expect(logged.map(\.raw) == station.acked, "\(station.id): \(logged.count) logged, \(station.acked.count) acknowledged")
            let allKeys = logged.compactMap(\.journalKey)
            #expect(Set(allKeys).count == allKeys.count, "\(station.id): a journal key logged twice")
            let keys = allKeys.filter { $0.hasPrefix("offline:") }
            // The first scan after the stop may still have gone out online (and was journaled under
            // that key when it failed), unless another call found the server gone first; every
            // later one was taken offline.
            #expect((station.ackedOffline - 1 ... station.ackedOffline).contains(keys.count),
                    "\(station.id): \(keys.count) replayed, \(station.ackedOffline) taken offline")
            #expect(station.ackedOffline >= 3, "\(station.id) scanned only \(station.ackedOffline) times offline")
            offlineScans += keys.count
            for order in station.completed {
                let progress = try #require(try store.order(number: order))
                #expect(progress.order.status == .packed, "\(order) closed by \(station.id) but \(progress.order.status)")
                for line in progress.order.shippableLines {
                    #expect(progress.packedByLine[line.lineNumber] == line.quantity, "\(order) line \(line.lineNumber)")
                }
            }
            #expect(station.completedOffline >= 1, "\(station.id) closed no box while the server was down")
        }
        if outage == .stopped { #expect(floor.workers.reduce(0) { $0 + $1.restarts } == 1) }
        let packed = floor.workers.reduce(0) { $0 + $1.completed.count }
        let stderr = (try? String(contentsOfFile: supervisorErrors, encoding: .utf8)) ?? ""
        #expect(stderr.isEmpty, "the dashboard: \(stderr)")
        // The dashboard hears the replayed commits (LISTEN/NOTIFY) without a key pressed.
        _ = try await dashboard.waitUntil("both stations' boxes on the dashboard", timeout: 10) {
            $0.contains("\(packed) packed") && $0.contains("PACK-01") && $0.contains("PACK-02")
        }
        print("network drop (\(outage)): server out \(Int(seconds)) s, \(offlineScans) scans taken offline and replayed once, "
              + "\(packed) boxes packed, 0 lost")
    }
}

/// Both stations, driven in turns from one thread: an order each, half of the next, the
/// server stopped, the rest of that order offline (its box closes), the server started again,
/// the journals sent, one more order each online.
final class DropFloor: @unchecked Sendable {
    /// How the server goes away: stopped (connections reset, then refused), or frozen
    /// (connections open, nothing answers).
    enum Outage: String { case stopped, frozen }

    final class Worker {
        let id: String
        var process: DriveProcess
        var packer: DiligentPacker
        var last: DriveProcess.Report
        var acked: [String] = []
        var ackedOffline = 0
        var completed: [String] = []
        var completedOffline = 0
        var restarts = 0
        var exitCode: Int32?
        var stderr = ""

        init(id: String, process: DriveProcess, packer: DiligentPacker, ready: DriveProcess.Report) {
            self.id = id
            self.process = process
            self.packer = packer
            last = ready
        }
    }

    let url: String
    let folder: URL
    let cluster: URL
    let ids: [String]
    let outage: Outage
    let downSeconds: Double
    private(set) var workers: [Worker] = []
    private(set) var failures: [String] = []

    init(url: String, folder: URL, cluster: URL, stations: [String], outage: Outage, downSeconds: Double) {
        self.outage = outage
        self.url = url
        self.folder = folder
        self.cluster = cluster
        ids = stations
        self.downSeconds = downSeconds
    }

    func run() {
        do {
            for id in ids {
                let process = try DriveProcess(tote: try ToteBinary.locate(), store: url, station: id,
                                               config: ToteBinary.configDirectory,
                                               stderrPath: folder.appendingPathComponent("stderr-\(id).txt").path)
                guard let ready = try process.next(tag: "ready") else { throw EndToEndError("\(id) did not start") }
                workers.append(Worker(id: id, process: process,
                                      packer: try DiligentPacker(store: try FloorStore.open(StoreLocation(parsing: url))),
                                      ready: ready))
            }
            for worker in workers {
                try packOrder(worker)
                for _ in 0..<2 { try scan(worker) }  // into the next order: NEXT, then its first bin
            }
            try control(outage == .stopped ? "halt" : "freeze")
            let stopped = Date()
            for (index, worker) in workers.enumerated() {
                if index == 1 && outage == .stopped {
                    // Killed mid-order while offline, and started again with the server still
                    // down: it resumes the order from its journal and goes on offline.
                    for _ in 0..<2 where worker.last.order != nil { try scan(worker, offline: true) }
                    try restart(worker)
                }
                // The rest of the order in hand, offline: every scan journaled, the box closed.
                while worker.last.order != nil { try scan(worker, offline: true) }
                try scan(worker, offline: true)  // NEXT: refused, no order is claimed offline
                if worker.last.order != nil { failures.append("\(worker.id) claimed \(worker.last.order ?? "") offline") }
            }
            while Date().timeIntervalSince(stopped) < downSeconds {
                for worker in workers { try tick(worker) }
                Thread.sleep(forTimeInterval: 1)
            }
            try control(outage == .stopped ? "resume" : "thaw")
            let back = Date()
            while workers.contains(where: { !$0.last.online || $0.last.waiting > 0 }) {
                guard Date().timeIntervalSince(back) < 60 else {
                    throw EndToEndError("journals not sent 60 s after the server came back: "
                                        + workers.map { "\($0.id) waiting \($0.last.waiting)" }.joined(separator: ", "))
                }
                for worker in workers { try tick(worker) }
                Thread.sleep(forTimeInterval: 0.2)
            }
            for worker in workers { try packOrder(worker) }  // online again: claims work
        } catch {
            failures.append(String(describing: error))
        }
        for worker in workers {
            worker.exitCode = worker.process.finish()
            worker.stderr = worker.process.stderr
        }
    }

    /// Scans until the order this station works on (claimed first if none) is packed.
    private func packOrder(_ worker: Worker) throws {
        if worker.last.order == nil { try scan(worker) }
        guard worker.last.order != nil else { throw EndToEndError("\(worker.id): nothing to claim") }
        while worker.last.order != nil { try scan(worker) }
    }

    private func scan(_ worker: Worker, offline: Bool = false) throws {
        let next = try worker.packer.nextScan(after: worker.last)
        guard worker.process.send(next), let ack = try worker.process.next(tag: "ack") else {
            throw EndToEndError("\(worker.id) died after \(worker.acked.count) scans")
        }
        worker.acked.append(next)
        if offline {
            worker.ackedOffline += 1
            if ack.online { failures.append("\(worker.id) says online while the server is down (after \(next))") }
        } else if ack.severity == "error" {
            failures.append("\(worker.id) \(next): \(ack.status ?? "")")
        }
        if let order = worker.last.order, ack.order == nil, next != "NEXT" {
            worker.completed.append(order)
            if offline { worker.completedOffline += 1 }
        }
        worker.last = ack
    }

    private func restart(_ worker: Worker) throws {
        let order = worker.last.order
        _ = worker.process.kill()
        worker.process = try DriveProcess(tote: try ToteBinary.locate(), store: url, station: worker.id,
                                          config: ToteBinary.configDirectory,
                                          stderrPath: folder.appendingPathComponent("stderr-\(worker.id).txt").path)
        guard let ready = try worker.process.next(tag: "ready") else { throw EndToEndError("\(worker.id) did not restart offline") }
        if ready.order != order || ready.online {
            failures.append("\(worker.id) restarted offline with order \(ready.order ?? "none") (online \(ready.online)), held \(order ?? "none")")
        }
        if ready.picked != worker.last.picked || ready.packed != worker.last.packed {
            failures.append("\(worker.id) restarted with other counts: \(ready.picked)/\(ready.packed), had \(worker.last.picked)/\(worker.last.packed)")
        }
        worker.restarts += 1
        worker.last = ready
    }

    private func tick(_ worker: Worker) throws {
        guard worker.process.send(DriveTick.line), let ack = try worker.process.next(tag: "ack") else {
            throw EndToEndError("\(worker.id) died on a tick")
        }
        worker.last = ack
    }

    private func control(_ action: String) throws {
        let status = action == "freeze" || action == "thaw"
            ? PostgresTestServer.signal(action == "freeze" ? SIGSTOP : SIGCONT, cluster)
            : PostgresTestServer.control(action, cluster)
        guard status == 0 else { throw EndToEndError("postgres-cluster.sh \(action) exited \(status)") }
    }
}

/// The input line `tote drive` takes as a tick without a scan (ENQ).
enum DriveTick {
    static let line = "\u{05}"
}
