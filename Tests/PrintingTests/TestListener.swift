import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A raw TCP "printer" on 127.0.0.1: accepts connections on a background thread and keeps every
/// byte each connection sent, one entry per connection.
final class TestListener: @unchecked Sendable {
    let port: Int
    private let fd: Int32
    private let lock = NSLock()
    private var received: [[UInt8]] = []
    private let readsData: Bool

    /// - Parameters:
    ///   - port: 0 for an ephemeral port.
    ///   - readsData: false accepts connections but never reads (a stalled printer).
    init(port: Int = 0, readsData: Bool = true) throws {
        self.readsData = readsData
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.fd = fd
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 8) == 0 else {
            close(fd)
            throw TestFailure("cannot listen on 127.0.0.1:\(port): \(String(cString: strerror(errno)))")
        }
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
        self.port = Int(UInt16(bigEndian: addr.sin_port))
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// A port nothing listens on (bound, then closed).
    static func closedPort() throws -> Int {
        let l = try TestListener()
        let p = l.port
        l.stop()
        return p
    }

    var connections: [[UInt8]] {
        lock.lock(); defer { lock.unlock() }
        return received
    }

    /// Waits until `count` connections have closed, up to `seconds`.
    func waitForConnections(_ count: Int, seconds: Double = 5) -> [[UInt8]] {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            let now = connections
            if now.count >= count { return now }
            usleep(5000)
        }
        return connections
    }

    func stop() {
        shutdown(fd, Int32(SHUT_RDWR))
        close(fd)
    }

    private func acceptLoop() {
        while true {
            let c = accept(fd, nil, nil)
            if c < 0 { if errno == EINTR { continue }; return }
            guard readsData else { continue } // keep it open, never read
            var bytes: [UInt8] = []
            var buf = [UInt8](repeating: 0, count: 65_536)
            while true {
                let n = read(c, &buf, buf.count)
                if n <= 0 { break }
                bytes += buf[0..<n]
            }
            close(c)
            lock.lock()
            received.append(bytes)
            lock.unlock()
        }
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}

/// A fresh store file in a temporary folder.
func temporaryFolder() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tote-printing-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
}
