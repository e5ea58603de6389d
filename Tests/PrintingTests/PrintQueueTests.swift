import Foundation
import Testing
import ToteCore
import TotePrinting
import ToteStore

@Suite(.serialized)
struct PrintQueueTests {
    static let zpl = Array("^XA\n^FO10,10^A0N,30,30^FH^FDHello_5E^FS\n^XZ\n".utf8)

    func store() throws -> FloorStore {
        try FloorStore(path: try temporaryFolder().appendingPathComponent("tote.sqlite").path)
    }

    func job(_ order: String = "#1001", kind: DocumentKind = .label, printer: String = "zebra") -> PrintJob {
        PrintJob(orderNumber: order, carton: 1, kind: kind, printer: printer, payload: Self.zpl)
    }

    @Test func tcpListenerReceivesExactlyTheLabelBytes() throws {
        let listener = try TestListener()
        defer { listener.stop() }
        let s = try store()
        _ = try s.enqueue(job(), nowMillis: 1000)
        let worker = PrintQueueWorker(store: s, transports: ["zebra": TCPPrinterTransport(printer: "zebra", host: "127.0.0.1", port: listener.port)])
        let report = try worker.drainOnce(nowMillis: 1000)
        #expect(report.printed.count == 1 && report.failed.isEmpty)
        #expect(listener.waitForConnections(1) == [Self.zpl])
        #expect(try s.jobs(order: "#1001").map(\.status) == [.done])
        // Nothing left: a second pass sends nothing.
        #expect(try worker.drainOnce(nowMillis: 2000).printed.isEmpty)
        #expect(listener.waitForConnections(2, seconds: 0.2).count == 1)
    }

    @Test func offlinePrinterKeepsTheJobQueuedUntilTheListenerStarts() throws {
        let port = try TestListener.closedPort()
        let s = try store()
        _ = try s.enqueue(job(), nowMillis: 0)
        let transport = TCPPrinterTransport(printer: "zebra", host: "127.0.0.1", port: port, timeoutMillis: 1000)
        let worker = PrintQueueWorker(store: s, transports: ["zebra": transport], backoff: BackoffPolicy(firstMillis: 1000, maxMillis: 8000))
        let first = try worker.drainOnce(nowMillis: 0)
        #expect(first.offlinePrinters == ["zebra"])
        var pending = try s.pendingJobs(printer: "zebra")
        #expect(pending.map(\.status) == [.queued])
        #expect(pending[0].attempts == 1 && pending[0].nextAttemptMillis == 1000)
        #expect(pending[0].lastError?.contains("unreachable") == true)
        // Not due yet: nothing is tried.
        #expect(try worker.drainOnce(nowMillis: 500).isEmpty)
        _ = try worker.drainOnce(nowMillis: 1000)
        pending = try s.pendingJobs(printer: "zebra")
        #expect(pending[0].attempts == 2 && pending[0].nextAttemptMillis == 3000) // back-off doubled

        let listener = try TestListener(port: port)
        defer { listener.stop() }
        let report = try worker.drainOnce(nowMillis: 3000)
        #expect(report.printed.count == 1)
        #expect(listener.waitForConnections(1) == [Self.zpl])
        #expect(try s.pendingJobs(printer: "zebra").isEmpty)
    }

    @Test func aStalledPrinterTimesOutInsteadOfHanging() throws {
        let listener = try TestListener(readsData: false)
        defer { listener.stop() }
        let transport = TCPPrinterTransport(printer: "zebra", host: "127.0.0.1", port: listener.port, timeoutMillis: 300)
        let big = [UInt8](repeating: 0x41, count: 64 << 20)
        let start = Date()
        #expect(throws: PrinterTransportError.timedOut(printer: "zebra", afterMillis: 300)) { try transport.send(big, name: "big") }
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test func enqueueIsIdempotentPerCartonAndReprintCounts() throws {
        let s = try store()
        let a = try s.enqueue(job(), nowMillis: 1)
        let b = try s.enqueue(job(), nowMillis: 2)
        #expect(a.id == b.id && b.copy == 0)
        let copy1 = try #require(try s.reprint(order: "#1001", carton: 1, kind: .label, payload: nil, nowMillis: 3))
        let copy2 = try #require(try s.reprint(order: "#1001", carton: 1, kind: .label, payload: nil, nowMillis: 4))
        #expect(copy1.copy == 1 && copy2.copy == 2)
        #expect(copy2.payload == Self.zpl)
        #expect(try s.reprint(order: "#9999", carton: 1, kind: .label, payload: nil, nowMillis: 5) == nil)
        #expect(try s.jobs(order: "#1001").count == 3)
    }

    @Test func spoolFolderWritesOneFilePerJob() throws {
        let dir = try temporaryFolder().appendingPathComponent("spool").path
        let s = try store()
        _ = try s.enqueue(job(), nowMillis: 0)
        let worker = PrintQueueWorker(store: s, transports: ["zebra": SpoolFolderTransport(printer: "zebra", directory: dir)])
        #expect(try worker.drainOnce(nowMillis: 0).printed.count == 1)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir)
        #expect(files == ["label-_1001-c1.zpl"])
        #expect(FileManager.default.contents(atPath: dir + "/" + files[0]).map([UInt8].init) == Self.zpl)
    }

    @Test func serialsNeverRepeatAcrossStoreConnections() throws {
        let path = try temporaryFolder().appendingPathComponent("tote.sqlite").path
        let a = try FloorStore(path: path), b = try FloorStore(path: path)
        var seen: Set<Int64> = []
        for i in 0..<20 {
            let s = i % 2 == 0 ? a : b
            seen.insert(try s.nextSerial(carrier: "UPS", account: "999AA1", range: 5...100))
        }
        #expect(seen == Set(5..<25))
        #expect(throws: TrackingSerialExhausted.self) {
            for _ in 0..<100 { _ = try a.nextSerial(carrier: "UPS", account: "999AA1", range: 5...100) }
        }
    }
}
