import Foundation
import Testing
import ToteCore
import ToteStore

/// A station that dies hard (power cut, OOM kill) loses no scan it has shown as counted.
@Suite("E2E: kill -9 mid-order", .timeLimit(.minutes(1)))
struct CrashRecoveryTests {
    @Test func killMidOrderKeepsEveryAcknowledgedScan() async throws {
        let station = try Station()
        defer { station.kill() }
        var s = try await station.launch()
        try await station.waitForDemo()
        let number = try await station.claimNext()
        let plan = try station.plan(number)
        let total = plan.reduce(0) { $0 + $1.quantity }
        try #require(total >= 2, "the first demo order needs at least two units for this test")

        // Pick a few units (all but one), each shown on screen before the next.
        let target = min(3, total - 1)
        var pickedByLine: [Int: Int] = [:]
        var picked = 0
        for line in plan where picked < target {
            let units = min(line.quantity, target - picked)
            try await station.pick(line, units: units, progressBefore: picked, total: total)
            picked += units
            pickedByLine[line.line] = units
        }
        let before = try await s.waitUntil("progress \(picked)/\(total)") { $0.progress?.have == picked }
        var shownBySKU: [String: Int] = [:]
        for line in plan {
            let shown: Int = try #require(before.count(ofSKU: line.sku), "no row for \(line.sku):\n\(before.framed)")
            shownBySKU[line.sku] = shown
            #expect(shown == pickedByLine[line.line, default: 0], "screen count of \(line.sku)")
        }

        // Kill it the hard way: no handler runs.
        let pid = try await station.totePID()
        #expect(kill(pid, SIGKILL) == 0)
        let exit = try await station.waitForExit()
        #expect(exit.code == 128 + Int(SIGKILL))

        // The store is sound and holds exactly what the screen showed.
        let store = try station.openStore()
        #expect(try store.integrityCheck() == "ok")
        let kept = try #require(try store.order(number: number))
        for line in plan {
            #expect(kept.pickedByLine[line.line] == shownBySKU[line.sku], "stored picks of line \(line.line)")
        }
        #expect(kept.claimedBy == Station.stationID, "the claim survives the crash")
        #expect(try store.status(of: number) == .picking)

        // Restart on the same store: it resumes the order with the same counts.
        s = try await station.launch()
        let resumed = try await s.waitFor("Resumed \(number)")
        try await s.waitUntil("resumed progress \(picked)/\(total)") { $0.progress?.have == picked && $0.title.contains(number) }
        for line in plan {
            let shownAgain = try await s.capture().count(ofSKU: line.sku)
            #expect(shownAgain == shownBySKU[line.sku], "count of \(line.sku) after restart:\n\(resumed.framed)")
        }

        // Finish the order from where it stopped.
        var progress = picked
        for line in plan {
            let left = line.quantity - pickedByLine[line.line, default: 0]
            guard left > 0 else { continue }
            try await station.pick(line, units: left, progressBefore: progress, total: total)
            progress += left
        }
        try await s.waitFor("Pack \(number)")
        try await station.packAll(plan)
        try await station.done(number)

        let after = try station.openStore()
        #expect(try after.status(of: number) == .packed)
        let final = try #require(try after.order(number: number))
        for line in plan {
            #expect(final.pickedByLine[line.line] == line.quantity)
            #expect(final.packedByLine[line.line] == line.quantity)
        }
        #expect(try after.integrityCheck() == "ok")
    }
}
