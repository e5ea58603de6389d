import Foundation
import Testing
import ToteCore
import ToteStore

/// Two real stations pack demo orders on one store while a third terminal runs the
/// supervisor dashboard: the dashboard shows each station's work and the queue shrinking,
/// soon after each commit, and `tote report shift --format csv` agrees with it.
@Suite("E2E: supervisor watching two stations")
struct SupervisorTests {
    @Test(.timeLimit(.minutes(2)))
    func dashboardAndShiftReportSeeBothStations() async throws {
        let first = try Station()
        let second = try Station(sharing: first, id: "PACK-02")
        defer {
            second.kill()
            first.kill()
        }
        try await first.launch()
        try await first.waitForDemo()
        try await second.launch()
        _ = try await second.screen.waitFor("Queue")

        let supervise = [first.tote, "supervise", "--store", first.storePath, "--config", ToteBinary.configDirectory]
            .map(Station.quote).joined(separator: " ")
        let dashboard = try await TmuxSession.start(supervise, in: first.folder, name: "sup")
        defer { dashboard.kill() }
        _ = try await dashboard.waitFor("Supervisor")

        for station in [first, second] {
            let number = try await station.claimNext()
            try await station.pickAndPackLines(number)
            try await station.done(number)
        }
        // The dashboard notices other processes' commits through PRAGMA data_version every
        // 250 ms; 2.5 s leaves room for a loaded CI machine without hiding a dashboard that
        // only refreshes on its 15 s timer.
        let screen = try await dashboard.waitUntil("both stations' orders on the dashboard", timeout: 2.5) {
            $0.contains("2 packed") && $0.contains("PACK-01") && $0.contains("PACK-02")
        }
        let stationRows = screen.rows.filter { $0.hasPrefix(" PACK-0") }
        #expect(stationRows.count == 2, "\(screen)")

        try await dashboard.sendKey("2")
        _ = try await dashboard.waitUntil("the queue panel with 38 new orders", timeout: 5) { screen in
            screen.rows.contains { $0.contains("new") && $0.split(separator: " ").contains("38") }
        }

        let report = try await Subprocess.run(first.tote, ["report", "shift", "--format", "csv", "--store", first.storePath,
                                                           "--config", ToteBinary.configDirectory], scratch: first.folder)
        #expect(report.status == 0, "\(report.stderr)")
        let rows = report.stdout.split(whereSeparator: \.isNewline).map { $0.split(separator: ",").map(String.init) }
        func orders(_ kind: String, _ name: String) -> String? {
            rows.first { $0.count > 2 && $0[0] == kind && $0[1] == name }?[2]
        }
        #expect(orders("station", "PACK-01") == "1", "\(report.stdout)")
        #expect(orders("station", "PACK-02") == "1", "\(report.stdout)")
        #expect(rows.contains { $0.count > 2 && $0[0] == "total" && $0[2] == "2" }, "\(report.stdout)")
    }
}
