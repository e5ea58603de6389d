import Foundation
import Testing
import ToteCore
@testable import TotePrinting

/// Prints through a real CUPS scheduler: `cups-setup.sh start` runs a private `cupsd` with a raw
/// queue forwarding to a local listener; the test checks the listener got exactly the bytes.
///
/// Skipped when CUPS is not installed, unless `TOTE_REQUIRE_CUPS=1` (CI), where it fails.
@Suite(.serialized)
struct CUPSPrintingTests {
    static var script: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("cups-setup.sh").path
    }
    static var required: Bool { ProcessInfo.processInfo.environment["TOTE_REQUIRE_CUPS"] == "1" }
    static var available: Bool { ["cupsd", "lp", "lpadmin", "lpstat"].allSatisfy { Spawn.which($0) != nil } }

    @Test func cupsIsPresentWhereRequired() {
        guard Self.required else { return }
        #expect(Self.available, "TOTE_REQUIRE_CUPS=1 but cupsd/lp/lpadmin/lpstat are missing; run Tests/PrintingTests/cups-setup.sh install")
    }

    @Test func rawQueueDeliversTheExactBytes() throws {
        guard Self.available else {
            if Self.required { Issue.record("TOTE_REQUIRE_CUPS=1 but CUPS is not installed") }
            return
        }
        let listener = try TestListener()
        defer { listener.stop() }
        let dir = try temporaryFolder().appendingPathComponent("cups").path
        let start = try Spawn.run("/bin/bash", [Self.script, "start", dir, String(listener.port)], timeoutMillis: 30_000)
        defer { _ = try? Spawn.run("/bin/bash", [Self.script, "stop", dir], timeoutMillis: 10_000) }
        let server = start.stdout.split(separator: "\n").last.map(String.init) ?? ""
        try #require(start.status == 0 && !server.isEmpty, "cups-setup.sh start failed (\(start.status)): \(start.stderr)\(start.stdout)")
        let zpl = Array("^XA\n^FO20,20^A0N,40,40^FH^FDCUPS _5E raw^FS\n^XZ\n".utf8)
        let transport = CUPSPrinterTransport(printer: "cups-test", queue: "tote-test", server: server, timeoutMillis: 15_000)
        try transport.send(zpl, name: "label-test")
        let got = listener.waitForConnections(1, seconds: 30)
        let log = (try? String(contentsOfFile: dir + "/log/error_log", encoding: .utf8)) ?? ""
        #expect(got == [zpl], "listener got \(got.map(\.count)) bytes; cupsd error_log:\n\(log.suffix(2000))")
    }

    @Test func missingQueueIsUnreachable() throws {
        guard Self.available else { return }
        let t = CUPSPrinterTransport(printer: "nope", queue: "no-such-queue", server: "/nonexistent/cups.sock", timeoutMillis: 5000)
        #expect(throws: PrinterTransportError.self) { try t.send([0x41], name: "x") }
    }
}
