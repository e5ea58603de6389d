import Foundation
import Testing
import ToteCore
import ToteStore

/// A station whose label printer is a CUPS queue: packing a demo order sends its label with
/// `lp -o raw` through a real, private `cupsd` (Tests/PrintingTests/cups-setup.sh) to a raw
/// socket printer on 127.0.0.1, and the bytes that arrive decode to the tracking number.
@Suite("E2E: printing through CUPS", .serialized)
struct CUPSStationTests {
    static var script: String {
        ToteBinary.repositoryRoot.appendingPathComponent("Tests/PrintingTests/cups-setup.sh").path
    }
    static var available: Bool { ["cupsd", "lp", "lpadmin", "lpstat"].allSatisfy { Subprocess.which($0) != nil } }
    static var required: Bool { ProcessInfo.processInfo.environment["TOTE_REQUIRE_CUPS"] == "1" }

    @Test(.timeLimit(.minutes(2)))
    func packingADemoOrderPrintsItsLabelThroughCUPS() async throws {
        guard Self.available else {
            if Self.required { Issue.record("TOTE_REQUIRE_CUPS=1 but CUPS is not installed") }
            return
        }
        let station = try Station()
        defer { station.kill() }
        let port = try PrinterQueueTests.freePort()
        let printer = try PrinterQueueTests.Listener(port: port)
        let cups = station.folder.appendingPathComponent("cups")
        let start = try await Subprocess.run("/bin/bash", [Self.script, "start", cups.path, String(port)], scratch: station.folder)
        defer { Subprocess.runBlocking("/bin/bash", [Self.script, "stop", cups.path]) }
        let server = start.stdout.split(separator: "\n").last.map(String.init) ?? ""
        try #require(start.status == 0 && !server.isEmpty, "cups-setup.sh start failed (\(start.status)): \(start.stderr)")

        let config = try StationPrinterConfig.make(in: station, name: "cups-label", uri: "cups://tote-test")
        try await station.launch(config: config.path, environment: ["CUPS_SERVER": server])
        try await station.waitForDemo()
        let number = try await station.claimNext()
        try await station.pickAndPackLines(number)
        for scan in try station.checklistScans(number, config: config.path) { try await station.screen.sendScan(scan) }
        try await station.screen.waitFor("\(number) packed")

        let received = try await printer.receive(timeout: 60)
        let zpl = String(decoding: received, as: UTF8.self)
        #expect(zpl.contains("^XA") && zpl.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("^XZ"))
        let store = try station.openStore()
        let tracking = try #require(try store.activeTracking(order: number, carton: 1))
        #expect(zpl.contains(tracking))
        let check = try station.expectLabelDecodes(received, to: tracking, name: "cups-label")
        #expect(check.ok, "check_label.py on the printed label:\n\(check.output)")
        // `lp` took the job: the order is labelled.
        let deadline = Date().addingTimeInterval(10)
        while try store.status(of: number) != .labelled, Date() < deadline { try await Task.sleep(nanoseconds: 100_000_000) }
        #expect(try store.status(of: number) == .labelled)
    }
}
