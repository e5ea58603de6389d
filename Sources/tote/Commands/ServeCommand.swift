import ArgumentParser
import Foundation
import ToteCore
import ToteStore
import ToteTUI
#if canImport(Glibc)
import Glibc
#endif

/// `tote serve --metrics 127.0.0.1:9464`: Prometheus metrics over a tiny HTTP/1.1 server on
/// POSIX sockets.
///
/// Bounded: one connection at a time, requests read up to 8 KiB with a 2-second timeout, every
/// response closes its connection. Stoppable: SIGINT/SIGTERM/SIGHUP end the loop within half a
/// second (the accept waits in `poll` with a 500 ms timeout), as does `--max-requests`.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve Prometheus metrics (GET /metrics).")

    @OptionGroup var options: CommonOptions

    @Option(help: ArgumentHelp("Address to listen on (IPv4).", valueName: "HOST:PORT"))
    var metrics: String = "127.0.0.1:9464"

    @Option(help: "Stop after this many requests (0: run until a signal).")
    var maxRequests: Int = 0

    func run() throws {
        let env = try Environment(options: options)
        let (host, port) = try Self.parseAddress(metrics)
        let store = try env.openStore()
        let calculator = DashboardCalculator(standards: try SupervisorSetup.standards(configDirectory: env.configDirectory),
                                             utcOffsetSeconds: TimeZone.current.secondsFromGMT())
        let server = try MetricsSocket(host: host, port: port)
        defer { server.close() }
        for sig in [SIGINT, SIGTERM, SIGHUP] { signal(sig) { StopSignal.requested = $0 } }
        FileHandle.standardError.write(Data("tote: serving metrics on http://\(host):\(server.port)/metrics\n".utf8))
        var served = 0
        while StopSignal.requested == 0 && (maxRequests == 0 || served < maxRequests) {
            guard let client = server.accept(timeoutMillis: 500) else { continue }
            served += 1
            let request = MetricsSocket.readRequest(client)
            let response: (Int, String, String)
            if request.hasPrefix("GET /metrics ") || request.hasPrefix("GET /metrics?") {
                do {
                    response = (200, PrometheusText.contentType, try Self.body(store: store, calculator: calculator))
                } catch {
                    response = (500, "text/plain; charset=utf-8", "store error: \(error)\n")
                }
            } else if request.hasPrefix("GET ") {
                response = (404, "text/plain; charset=utf-8", "only /metrics is served\n")
            } else {
                response = (405, "text/plain; charset=utf-8", "only GET is served\n")
            }
            MetricsSocket.respond(client, status: response.0, contentType: response.1, body: response.2)
        }
    }

    /// The exposition text for now: all-time counters plus today's at-risk orders.
    static func body(store: FloorStore, calculator: DashboardCalculator) throws -> String {
        let now = SystemClock().nowMillis()
        var totals = try store.metricsTotals()
        let window = MetricsWindow.last(hours: 8, endingAt: now)
        let horizon = SupervisorRunner.endOfDaySeconds(now: now, utcOffsetSeconds: calculator.utcOffsetSeconds)
        let facts = try store.dashboardFacts(window: window, now: now, horizonSeconds: horizon, staleAfterMillis: 600_000)
        totals.cutoffAtRisk = calculator.compute(facts, window: window, now: now).forecast.atRisk.count
        totals.labelPrintFailures = facts.labelPrintFailures
        return PrometheusText.render(totals)
    }

    static func parseAddress(_ text: String) throws -> (String, UInt16) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let port = UInt16(parts[1]) else {
            throw ValidationError("--metrics '\(text)': use HOST:PORT, e.g. 127.0.0.1:9464")
        }
        return (String(parts[0]), port)
    }
}

/// A listening IPv4 TCP socket with the few calls the metrics server needs.
final class MetricsSocket {
    private let fd: Int32
    /// The port bound (useful with port 0).
    let port: UInt16

    init(host: String, port: UInt16) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ToteError("metrics: cannot open a socket (errno \(errno))") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
            Glibc.close(fd)
            throw ToteError("metrics: '\(host)' is not an IPv4 address")
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
            let code = errno
            Glibc.close(fd)
            throw ToteError("metrics: cannot listen on \(host):\(port) (errno \(code))")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        self.fd = fd
        self.port = UInt16(bigEndian: actual.sin_port)
    }

    /// A connected client, or nil when none came within `timeoutMillis`.
    func accept(timeoutMillis: Int32) -> Int32? {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&p, 1, timeoutMillis) > 0 else { return nil }
        let client = Glibc.accept(fd, nil, nil)
        guard client >= 0 else { return nil }
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        return client
    }

    /// The request head (up to 8 KiB or the blank line), as text.
    static func readRequest(_ client: Int32) -> String {
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 2048)
        while data.count < 8192 {
            let n = recv(client, &buffer, buffer.count, 0)
            guard n > 0 else { break }
            data += buffer[0..<n]
            if data.count >= 4, data.suffix(4) == [13, 10, 13, 10] { break }
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Writes a whole response and closes the connection.
    static func respond(_ client: Int32, status: Int, contentType: String, body: String) {
        let reason = [200: "OK", 404: "Not Found", 405: "Method Not Allowed", 500: "Internal Server Error"][status] ?? "OK"
        let bytes = Array(body.utf8)
        let head = "HTTP/1.1 \(status) \(reason)\r\nContent-Type: \(contentType)\r\nContent-Length: \(bytes.count)\r\nConnection: close\r\n\r\n"
        let all = Array(head.utf8) + bytes
        var sent = 0
        while sent < all.count {
            let n = all[sent...].withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { break }
            sent += n
        }
        Glibc.close(client)
    }

    func close() { Glibc.close(fd) }
}
