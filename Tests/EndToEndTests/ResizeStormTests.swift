import Foundation
import Testing
import ToteCore
import ToteStore

/// A window dragged about while the scanner fires, then the SSH session drops (SIGHUP): the
/// station keeps every count, keeps its claim, and resumes the order on the next start.
@Suite("E2E: resize storm then SIGHUP", .timeLimit(.minutes(1)))
struct ResizeStormTests {
    @Test func scansDuringAResizeStormSurviveAHangup() async throws {
        let station = try Station()
        defer { station.kill() }
        var s = try await station.launch()
        try await station.waitForDemo()
        let number = try await station.claimNext()
        let plan = try station.plan(number)
        let total = plan.reduce(0) { $0 + $1.quantity }
        let line = try #require(plan.first { $0.quantity >= 2 } ?? plan.first)
        try await station.pick(line, units: 1, progressBefore: 0, total: total)

        // 60 resizes, sizes seeded, with the rest of the line's units scanned in between.
        var random = SeededRandom(seed: 0x5_70_12)
        let sizes = [(20, 5), (40, 16), (80, 24), (132, 43), (41, 17), (79, 23), (200, 60), (30, 10)]
        let more = line.quantity - 1
        var sent = 0
        for i in 0..<60 {
            let (w, h) = sizes[Int.random(in: 0..<sizes.count, using: &random)]
            try await s.resize(width: w, height: h)
            if i % 6 == 5 && sent < more {
                try await s.sendScan(line.barcode)
                sent += 1
            }
        }
        try await s.resize(width: 80, height: 24)
        let picked = 1 + sent
        let shown = try await s.waitUntil("progress \(picked)/\(total) after the storm") {
            $0.progress?.have == picked || (picked == total && $0.title.contains("Pack "))
        }
        #expect(!shown.contains("error"), "\(shown.framed)")

        // The SSH session drops.
        let pid = try await station.totePID()
        #expect(kill(pid, SIGHUP) == 0)
        let exit = try await station.waitForExit()
        #expect(exit.code == 0 || exit.code == 128 + Int(SIGHUP), "exit \(exit.code)")
        #expect(exit.tty == "sane")

        let store = try station.openStore()
        #expect(try store.integrityCheck() == "ok")
        let held = try #require(try store.activeOrder(station: Station.stationID), "the claim was lost")
        #expect(held.order.number == number)
        #expect(held.pickedByLine[line.line] == picked, "every scan of the storm was kept, none twice")
        #expect(try store.scans(order: number).filter { $0.effect == .pick(line: line.line) }.count == picked)

        // Back in: the same order, the same count.
        s = try await station.launch()
        try await s.waitFor("Resumed \(number)")
        if picked < total {
            try await s.waitUntil("resumed progress \(picked)/\(total)") { $0.progress?.have == picked }
        }
    }
}
