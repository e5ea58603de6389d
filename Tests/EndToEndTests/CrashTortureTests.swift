import Foundation
import Testing
import ToteCore
import ToteStore

/// SIGKILL at random moments while a packer scans through orders with the real `tote`
/// (`tote drive`, the station without a screen). After every kill: the scan log holds every
/// acknowledged scan exactly once and in order (plus at most the one scan in flight), the
/// counts match the log, the store passes `PRAGMA integrity_check`, and the restarted
/// station resumes the same order with the same counts.
///
/// `TOTE_TORTURE_TRIALS` sets the number of kills (10 by default, ≥ 200 for a real run),
/// `TOTE_TORTURE_SEED` replays a run.
@Suite("E2E: crash torture (SIGKILL at random moments)")
struct CrashTortureTests {
    @Test(.timeLimit(.minutes(30)))
    func randomKillsLoseAndDuplicateNoAcknowledgedScan() async throws {
        let trials = TortureSupport.setting("TOTE_TORTURE_TRIALS", default: 10)
        let seed = UInt64(TortureSupport.setting("TOTE_TORTURE_SEED", default: 20_261_127))
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tote-crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let storePath = try await TortureSupport.makeStore(in: dir, extraOrders: trials / 2 + 10)
        let result = try CrashTorture(storePath: storePath, folder: dir, seed: seed).run(trials: trials)
        print("crash torture: seed \(seed), \(result)")
        #expect(result.trials == trials)
        #expect(result.acknowledged > 0)
        #expect(result.failures.isEmpty, "seed \(seed): \(result.failures.prefix(5).joined(separator: "\n"))")
    }
}

/// The driver: one trial = start `tote drive`, scan, kill, check.
struct CrashTorture {
    struct Result: CustomStringConvertible {
        var trials = 0
        var acknowledged = 0
        var inFlightCommitted = 0
        var inFlightLost = 0
        var killedDuringStart = 0
        var ordersPacked = 0
        var failures: [String] = []

        var description: String {
            "\(trials) kills, \(acknowledged) acknowledged scans, \(inFlightCommitted) unacknowledged scans committed "
                + "before the kill, \(inFlightLost) not, \(killedDuringStart) kills during start-up, "
                + "\(ordersPacked) orders packed, \(failures.count) failures"
        }
    }

    let storePath: String
    let folder: URL
    let seed: UInt64
    let station = "CRASH-1"

    func run(trials: Int) throws -> Result {
        var random = SeededRandom(seed: seed)
        let store = try FloorStore(path: storePath)
        var packer = try DiligentPacker(store: store)
        var result = Result()
        var logged = try store.scans(station: station).count
        for trial in 1...trials {
            result.trials = trial
            let before = try store.activeOrder(station: station)
            let process = try DriveProcess(tote: try ToteBinary.locate(), store: storePath, station: station,
                                           config: ToteBinary.configDirectory,
                                           stderrPath: folder.appendingPathComponent("stderr-\(trial).txt").path)
            var acked: [String] = []
            var inFlight: String?
            var last: DriveProcess.Report?
            if Int.random(in: 0..<10, using: &random) == 0 {
                // Killed while opening the store and loading its first screen.
                usleep(UInt32.random(in: 0..<60_000, using: &random))
                result.killedDuringStart += 1
            } else {
                guard let ready = try process.next(tag: "ready") else {
                    result.failures.append("trial \(trial): no ready line; stderr: \(process.stderr)")
                    process.kill()
                    break
                }
                // Resumed where it was: the same order with the counts the store kept.
                let resumeProblem = try Self.mismatch(ready, before, store: store)
                if let resumeProblem { result.failures.append("trial \(trial): resume: \(resumeProblem)") }
                last = ready
                let scans = Int.random(in: 1...12, using: &random)
                for index in 1...scans {
                    let scan = try packer.nextScan(after: last!)
                    guard process.send(scan) else { break }
                    if index == scans {
                        inFlight = scan
                        usleep(UInt32.random(in: 0..<4_000, using: &random))
                        break
                    }
                    guard let ack = try process.next(tag: "ack") else { break }
                    acked.append(scan)
                    if ack.severity == "error" { result.failures.append("trial \(trial): \(scan) refused: \(ack.status ?? "")") }
                    // The scale reading is the last check: the box closes and the order is packed.
                    if scan.hasPrefix("W"), last?.order != nil, ack.order == nil { result.ordersPacked += 1 }
                    last = ack
                }
            }
            _ = process.kill(SIGKILL)
            // An acknowledgement written just before the kill still counts as seen.
            while inFlight != nil, let line = try? process.readLine(timeout: 5), line.hasPrefix("ack ") {
                acked.append(inFlight!)
                inFlight = nil
            }

            // The log: every acknowledged scan once, in order, then at most the one in flight.
            let fresh = try store.scans(station: station, from: logged).map(\.raw)
            logged += fresh.count
            if fresh == acked {
                if inFlight != nil { result.inFlightLost += 1 }
            } else if let inFlight, fresh == acked + [inFlight] {
                result.inFlightCommitted += 1
            } else {
                result.failures.append("trial \(trial): acknowledged \(acked) + in flight \(inFlight ?? "-"), logged \(fresh)")
            }
            result.acknowledged += acked.count
            if let problem = try Self.countsDisagreeWithLog(store, station: station) {
                result.failures.append("trial \(trial): \(problem)")
            }
            let integrity = try store.integrityCheck()
            if integrity != "ok" { result.failures.append("trial \(trial): integrity_check: \(integrity)") }
            if process.stderr.contains("locked") { result.failures.append("trial \(trial): \(process.stderr)") }
            if result.failures.count > 20 { break }
        }
        return result
    }

    /// Where the station's first report differs from what the store holds for it.
    static func mismatch(_ ready: DriveProcess.Report, _ held: OrderProgress?, store: FloorStore) throws -> String? {
        // A box killed after its last check (the scale) closes as the station comes back: it
        // shows no order, and the store has it packed, its label queued once.
        if ready.order == nil, let held, held.order.status == .packing,
           let now = try store.status(of: held.order.number), now == .packed || now == .labelled {
            return nil
        }
        guard ready.order == held?.order.number else {
            return "shows order \(ready.order ?? "none"), the store has \(held?.order.number ?? "none") held"
        }
        guard let held else { return nil }
        let picked = held.pickedByLine.filter { $0.value > 0 }
        let packed = held.packedByLine.filter { $0.value > 0 }
        let shownPicked = Dictionary(uniqueKeysWithValues: ready.picked.compactMap { k, v in Int(k).map { ($0, v) } }).filter { $0.value > 0 }
        let shownPacked = Dictionary(uniqueKeysWithValues: ready.packed.compactMap { k, v in Int(k).map { ($0, v) } }).filter { $0.value > 0 }
        if shownPicked != picked { return "picked \(shownPicked) shown, \(picked) stored" }
        if shownPacked != packed { return "packed \(shownPacked) shown, \(packed) stored" }
        return nil
    }

    /// The held order's counts must equal what its logged, accepted scans add up to.
    static func countsDisagreeWithLog(_ store: FloorStore, station: String) throws -> String? {
        guard let held = try store.activeOrder(station: station) else { return nil }
        let log = try countsFromLog(store, order: held.order.number)
        let storedPicked = held.pickedByLine.filter { $0.value != 0 }
        let storedPacked = held.packedByLine.filter { $0.value != 0 }
        if storedPicked != log.picked { return "\(held.order.number): picked \(storedPicked), the log adds up to \(log.picked)" }
        if storedPacked != log.packed { return "\(held.order.number): packed \(storedPacked), the log adds up to \(log.packed)" }
        return nil
    }

    /// Units per order line that the accepted scans in the log add up to (zeros left out).
    static func countsFromLog(_ store: FloorStore, order: String) throws -> (picked: [Int: Int], packed: [Int: Int]) {
        var picked: [Int: Int] = [:]
        var packed: [Int: Int] = [:]
        for scan in try store.scans(order: order) where scan.outcome != FloorStore.refusedOutcome {
            switch scan.effect {
            case .pick(let line): picked[line, default: 0] += 1
            case .pack(let line): packed[line, default: 0] += 1
            case .unpack(let line): packed[line, default: 0] -= 1
            case .packUnits(let line, let units): packed[line, default: 0] += units
            default: break
            }
        }
        return (picked.filter { $0.value != 0 }, packed.filter { $0.value != 0 })
    }
}
