import Foundation
import Testing
import ToteCore
import ToteStore

/// The short-pick dialog on the real binary: a crash mid-dialog loses nothing acknowledged and
/// records nothing half-done; a confirmed short pick reaches the store, the supervisor's list
/// and `tote recounts`, in both modes.
@Suite("E2E: short picks", .timeLimit(.minutes(2)))
struct ShortPickTests {
    @Test func exceptionModeSurvivesACrashMidDialogThenSendsTheOrderToExceptions() async throws {
        let station = try Station()
        defer { station.kill() }
        var s = try await station.launch()
        try await station.waitForDemo()
        let number = try await station.claimNext()
        let plan = try station.plan(number)
        let first = plan[0]

        try await station.pick(first, units: 0, progressBefore: 0, total: 0)
        try await s.sendScan("SHORT")
        try await s.waitFor("SHORT PICK")
        try await s.sendScan("0")
        try await s.waitFor("▶ Reason")

        // Killed with the dialog half answered: nothing of it may be in the store.
        let pid = try await station.totePID()
        #expect(kill(pid, SIGKILL) == 0)
        _ = try await station.waitForExit()
        let store = try station.openStore()
        #expect(try store.integrityCheck() == "ok")
        #expect(try store.openRecounts().isEmpty)
        #expect(try store.status(of: number) == .picking)
        #expect(try store.activeOrder(station: Station.stationID)?.order.number == number)

        s = try await station.launch()
        try await s.waitFor("Resumed \(number)")
        #expect(try await !s.capture().contains("SHORT PICK"))

        try await station.pick(first, units: 0, progressBefore: 0, total: 0)
        try await s.sendKey("F6")
        try await s.waitFor("SHORT PICK")
        try await s.sendScan("7")           // more than needed, or no count at all: refused
        try await s.waitUntil("a refusal") { $0.statusLine.contains("nothing changed") || $0.statusLine.contains("Type how many") }
        try await s.sendScan("0")
        try await s.waitFor("▶ Reason")
        try await s.sendKey("1")
        try await s.waitFor("▶ Bin empty now?")
        try await s.sendKey("y")
        try await s.waitUntil("bin empty answered") { $0.contains("Bin empty now? yes") }
        try await s.sendKey("Enter")
        try await s.waitFor("sent to exceptions")

        #expect(try store.status(of: number) == .exception)
        #expect(try store.activeOrder(station: Station.stationID) == nil)
        let recounts = try store.openRecounts()
        #expect(recounts.map(\.bin.code) == [first.bin])
        #expect(recounts.first?.reason == .notInBin && recounts.first?.reportedEmpty == true)

        let listed = try await Subprocess.run(station.tote, ["recounts", "--store", station.storePath,
                                                             "--config", ToteBinary.configDirectory], scratch: station.folder)
        #expect(listed.status == 0)
        #expect(listed.stdout.contains(first.bin) && listed.stdout.contains(number))
        let done = try await Subprocess.run(station.tote, ["recounts", "done", first.bin, "--store", station.storePath,
                                                           "--config", ToteBinary.configDirectory], scratch: station.folder)
        #expect(done.status == 0, "\(done.stderr)")
        #expect(try store.openRecounts().isEmpty)
    }

    @Test func partialModeShipsWhatWasFound() async throws {
        let station = try Station()
        defer { station.kill() }
        let config = try partialConfig(in: station.folder)
        let s = try await station.launch(config: config)
        try await station.waitForDemo()
        let number = try await station.claimNext()
        let plan = try station.plan(number)
        try #require(plan.count >= 2, "the first demo order needs two lines for this test")
        let first = plan[0]
        let rest = Array(plan.dropFirst())

        try await station.pick(first, units: 0, progressBefore: 0, total: 0)
        try await s.sendScan("SHORT")
        try await s.waitFor("SHORT PICK")
        try await s.sendKey("Enter")        // found nothing
        try await s.waitFor("▶ Reason")
        try await s.sendScan("R2")
        try await s.waitFor("▶ Bin empty now?")
        try await s.sendScan("NO")
        try await s.waitUntil("bin empty answered") { $0.contains("Bin empty now? no") }
        try await s.sendScan("DONE")
        try await s.waitFor("order ships partial")

        let total = rest.reduce(0) { $0 + $1.quantity }
        var have = 0
        for line in rest {
            try await station.pick(line, units: line.quantity, progressBefore: have, total: total)
            have += line.quantity
        }
        try await station.packAll(rest)
        try await station.done(number)

        let store = try station.openStore()
        #expect(try store.status(of: number) == .packed)
        let kept = try #require(try store.order(number: number))
        #expect(kept.order.lines.map(\.lineNumber) == rest.map(\.line), "the short line ships nothing")
        #expect(try store.openRecounts().map(\.bin.code) == [first.bin])
    }

    /// The shipped config with `[picking] short_pick = "partial"`.
    private func partialConfig(in folder: URL) throws -> String {
        let target = folder.appendingPathComponent("config", isDirectory: true)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: ToteBinary.configDirectory), to: target)
        let file = target.appendingPathComponent("station.toml")
        let text = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "short_pick = \"exception\"", with: "short_pick = \"partial\"")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return target.path
    }
}
