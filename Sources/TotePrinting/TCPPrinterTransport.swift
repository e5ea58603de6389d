import ToteCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Raw TCP to a label printer (Zebra port 9100): connect, send every byte, close.
///
/// The socket is non-blocking and every wait is a `poll` bounded by `timeoutMillis`, so a
/// printer that accepts and then stalls (paper out, half-open connection) fails the send in
/// time instead of hanging the station. SIGPIPE is suppressed per send (`MSG_NOSIGNAL`).
public struct TCPPrinterTransport: PrinterTransport {
    public let printer: String
    public let host: String
    public let port: Int
    /// Connect and send deadline, each, milliseconds.
    public let timeoutMillis: Int

    public init(printer: String, host: String, port: Int, timeoutMillis: Int = 5000) {
        self.printer = printer
        self.host = host
        self.port = port
        self.timeoutMillis = timeoutMillis
    }

    public func send(_ bytes: [UInt8], name: String) throws {
        let fd = try connect()
        defer { close(fd) }
        var offset = 0
        let deadline = Self.nowMillis() + Int64(timeoutMillis)
        while offset < bytes.count {
            try wait(fd, events: Int16(POLLOUT), until: deadline)
            let n = bytes.withUnsafeBytes { buf in
                Glibc.send(fd, buf.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
            }
            if n < 0 {
                if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { continue }
                throw PrinterTransportError.unreachable(printer: printer, reason: "send: \(Self.errnoText())")
            }
            offset += n
        }
        // Half-close and wait briefly for the printer to close, so the last bytes are not lost
        // to a reset; a printer that keeps the connection open is fine.
        shutdown(fd, Int32(SHUT_WR))
        var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        _ = poll(&pfd, 1, Int32(min(timeoutMillis, 200)))
    }

    private func connect() throws -> Int32 {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        let rc = getaddrinfo(host, String(port), &hints, &list)
        guard rc == 0, let first = list else {
            throw PrinterTransportError.unreachable(printer: printer, reason: "cannot resolve \(host): \(String(cString: gai_strerror(rc)))")
        }
        defer { freeaddrinfo(list) }
        var lastError = "no address for \(host)"
        var ai: UnsafeMutablePointer<addrinfo>? = first
        let deadline = Self.nowMillis() + Int64(timeoutMillis)
        while let a = ai {
            defer { ai = a.pointee.ai_next }
            let fd = socket(a.pointee.ai_family, a.pointee.ai_socktype, a.pointee.ai_protocol)
            if fd < 0 { lastError = "socket: \(Self.errnoText())"; continue }
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            if Glibc.connect(fd, a.pointee.ai_addr, a.pointee.ai_addrlen) == 0 {
                if Self.isSelfConnected(fd) { close(fd); lastError = "no printer listening on \(host):\(port)"; continue }
                return fd
            }
            guard errno == EINPROGRESS else { lastError = "connect: \(Self.errnoText())"; close(fd); continue }
            do {
                try wait(fd, events: Int16(POLLOUT), until: deadline)
            } catch {
                close(fd)
                throw error
            }
            var soError: Int32 = 0
            var len = socklen_t(MemoryLayout<Int32>.size)
            getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &len)
            // A printer on this host that is down, on a port in the ephemeral range, can make
            // TCP connect the socket to itself (simultaneous open); that is "offline", and the
            // socket must go at once or it holds the printer's port.
            if soError == 0 && Self.isSelfConnected(fd) {
                close(fd)
                lastError = "no printer listening on \(host):\(port)"
                continue
            }
            if soError == 0 { return fd }
            lastError = "connect to \(host):\(port): \(String(cString: strerror(soError)))"
            close(fd)
        }
        throw PrinterTransportError.unreachable(printer: printer, reason: lastError)
    }

    /// Waits until `fd` is ready for `events` or the deadline (ms since 1970) passes.
    private func wait(_ fd: Int32, events: Int16, until deadline: Int64) throws {
        while true {
            let left = deadline - Self.nowMillis()
            guard left > 0 else { throw PrinterTransportError.timedOut(printer: printer, afterMillis: timeoutMillis) }
            var pfd = pollfd(fd: fd, events: events, revents: 0)
            let r = poll(&pfd, 1, Int32(min(left, Int64(Int32.max))))
            if r > 0 {
                if pfd.revents & Int16(POLLERR | POLLHUP) != 0 && pfd.revents & events == 0 {
                    throw PrinterTransportError.unreachable(printer: printer, reason: "connection closed by \(host):\(port)")
                }
                return
            }
            if r < 0 && errno != EINTR { throw PrinterTransportError.unreachable(printer: printer, reason: "poll: \(Self.errnoText())") }
        }
    }

    static func nowMillis() -> Int64 { Int64(DispatchTime.now().uptimeNanoseconds / 1_000_000) }
    static func errnoText() -> String { String(cString: strerror(errno)) }

    /// True when the socket's local and remote ends are the same address and port.
    static func isSelfConnected(_ fd: Int32) -> Bool {
        var local = sockaddr_storage(), remote = sockaddr_storage()
        var localLength = socklen_t(MemoryLayout<sockaddr_storage>.size)
        var remoteLength = localLength
        let ok = withUnsafeMutablePointer(to: &local) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &localLength) == 0 }
        } && withUnsafeMutablePointer(to: &remote) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getpeername(fd, $0, &remoteLength) == 0 }
        }
        guard ok, localLength == remoteLength else { return false }
        return withUnsafeBytes(of: &local) { l in
            withUnsafeBytes(of: &remote) { r in l.prefix(Int(localLength)).elementsEqual(r.prefix(Int(remoteLength))) }
        }
    }
}
