import Foundation
import Testing
import ToteCore
import ToteStore

/// `kill`, a closed SSH session (SIGHUP) or a service manager stopping the station must leave
/// the terminal usable and the packer's claim in place.
@Suite("E2E: signals", .timeLimit(.minutes(1)))
struct SignalTests {
    @Test func sigtermRestoresTheTerminal() async throws {
        try await stopsCleanly(on: SIGTERM)
    }

    @Test func sighupRestoresTheTerminal() async throws {
        try await stopsCleanly(on: SIGHUP)
    }

    private func stopsCleanly(on signal: Int32) async throws {
        let station = try Station()
        defer { station.kill() }
        let s = try await station.launch()
        try await station.waitForDemo()
        let number = try await station.claimNext()
        let plan = try station.plan(number)
        let total = plan.reduce(0) { $0 + $1.quantity }
        try #require(total >= 2)
        try await station.pick(plan[0], units: 1, progressBefore: 0, total: total)

        let pid = try await station.totePID()
        #expect(kill(pid, signal) == 0)
        let exit = try await station.waitForExit()
        // It must end by itself (not hang) and say so; the code is reported below.
        #expect(exit.code == 0 || exit.code == 128 + Int(signal), "exit code \(exit.code) after signal \(signal)")
        #expect(exit.tty == "sane", "tty left in raw/no-echo mode after signal \(signal)")
        #expect(try await s.display("#{alternate_on}") == "0", "alternate screen left on after signal \(signal)")
        #expect(!exit.screen.contains("Scan ▸"), "station screen still showing:\n\(exit.screen.framed)")
        try await station.expectShellAnswers()

        // The claim and the count stay for the next start.
        let store = try station.openStore()
        let active = try #require(try store.activeOrder(station: Station.stationID), "claim lost on signal \(signal)")
        #expect(active.order.number == number)
        #expect(active.pickedByLine[plan[0].line] == 1)
    }
}
