import Foundation
import Testing
import ToteCore
import ToteStore

/// With a label printer configured, DONE books the shipment and prints the label through the
/// print queue: here a raw TCP printer on 127.0.0.1 that is off at first, so the label waits
/// in the queue, then prints by itself once the printer is listening.
@Suite("E2E: auto-print through the print queue")
struct PrinterQueueTests {
    @Test(.timeLimit(.minutes(1)))
    func aLabelWaitsForAnOfflinePrinterAndPrintsWhenItIsBack() async throws {
        let station = try Station()
        defer { station.kill() }
        let port = try PrinterQueueTests.freePort()
        // A config folder like the shipped one, with a TCP label printer on that port.
        let config = try StationPrinterConfig.make(in: station, name: "zebra-test", uri: "tcp://127.0.0.1:\(port)")

        try await station.launch(config: config.path)
        try await station.waitForDemo()
        let number = try await station.claimNext()
        try await station.pickAndPackLines(number)
        // The last check (the scale) closes the box and prints by itself.
        for scan in try station.checklistScans(number, config: config.path) { try await station.screen.sendScan(scan) }
        try await station.screen.waitFor("offline")
        #expect(try station.openStore().status(of: number) == .packed)

        // The printer comes back: the station's loop retries and the label arrives whole.
        let printer = try Listener(port: port)
        let received = try await printer.receive(timeout: 20)
        let zpl = String(decoding: received, as: UTF8.self)
        #expect(zpl.hasPrefix("^XA") || zpl.contains("^XA"), "got \(zpl.prefix(80))")
        #expect(zpl.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("^XZ"))
        #expect(zpl.contains(number.replacingOccurrences(of: "#", with: "")))
        try await station.screen.waitFor("is back")
        // Printed: the order moves on from packed (label waiting) to labelled.
        #expect(try station.openStore().status(of: number) == .labelled)
        // The label decodes, with tools that share no code with Tote, to its tracking number.
        let tracking = try #require(try station.openStore().activeTracking(order: number, carton: 1))
        #expect(zpl.contains(tracking))
        let check = try station.expectLabelDecodes(received, to: tracking, name: "printed")
        #expect(check.ok, "check_label.py on the printed label:\n\(check.output)")

        // REPRINT gives a second, counted copy of the same label.
        try await station.screen.sendScan("REPRINT")
        let copy = try await printer.receive(timeout: 20)
        #expect(copy == received, "the reprint is the same label")
    }

    /// A port nothing listens on, below the kernel's ephemeral range (32768 up), so no
    /// outgoing connection of this machine can take it while the test waits.
    static func freePort() throws -> UInt16 {
        for _ in 0..<200 {
            let port = UInt16.random(in: 20_000..<32_000)
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var addr = sockaddr_in()
            addr.sin_family = sa_family_t(AF_INET)
            addr.sin_addr.s_addr = inet_addr("127.0.0.1")
            addr.sin_port = port.bigEndian
            let bound = withUnsafePointer(to: &addr) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            close(fd)
            if bound == 0 { return port }
        }
        throw EndToEndError("no free port in 20000..<32000")
    }

    /// Listens on 127.0.0.1:`port` from the moment it returns, so a print sent afterwards
    /// cannot miss it; `receive` then accepts one connection and reads until it closes.
    final class Listener: @unchecked Sendable {
        let fd: Int32

        init(port: UInt16) throws {
            fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var yes: Int32 = 1
            setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
            var addr = sockaddr_in()
            addr.sin_family = sa_family_t(AF_INET)
            addr.sin_addr.s_addr = inet_addr("127.0.0.1")
            addr.sin_port = port.bigEndian
            let bound = withUnsafePointer(to: &addr) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard bound == 0, listen(fd, 4) == 0 else {
                close(fd)
                throw EndToEndError("cannot listen on 127.0.0.1:\(port): errno \(errno)")
            }
        }

        deinit { close(fd) }

        func receive(timeout: Double) async throws -> [UInt8] {
            let fd = self.fd
            return try await Task.detached {
                var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                guard poll(&pfd, 1, Int32(timeout * 1000)) == 1 else { throw EndToEndError("no printer connection in \(timeout) s") }
                let client = accept(fd, nil, nil)
                defer { close(client) }
                var data: [UInt8] = []
                var buffer = [UInt8](repeating: 0, count: 4096)
                while true {
                    var cp = pollfd(fd: client, events: Int16(POLLIN), revents: 0)
                    guard poll(&cp, 1, 5000) == 1 else { break }
                    let n = read(client, &buffer, buffer.count)
                    if n <= 0 { break }
                    data += buffer[0..<n]
                }
                return data
            }.value
        }
    }
}
