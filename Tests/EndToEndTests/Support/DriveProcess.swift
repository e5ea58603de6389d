import Foundation

/// A `tote drive` process with pipes: the test writes scans to its stdin and reads its
/// acknowledgements (`ready {…}`, `ack {…}`) line by line from its stdout.
///
/// Blocking reads with a deadline (poll), so callers use it from plain threads, not from
/// Swift's cooperative pool.
final class DriveProcess: @unchecked Sendable {
    /// One decoded report line.
    struct Report: Decodable, Equatable {
        let seq: Int
        let scan: String?
        let screen: String
        let order: String?
        let picked: [String: Int]
        let packed: [String: Int]
        let status: String?
        let severity: String?
        let confirmedBin: String?
        let nextBin: String?
        let nextSKU: String?
        /// On the pack screen: `sku:CODE`, a barcode, `CONFIRM` or `W<grams>`; nil when done.
        let packNext: String?
        /// False while the station works offline; `waiting` steps are in its journal.
        let online: Bool
        let waiting: Int

        var unitsPicked: Int { picked.values.reduce(0, +) }
        var unitsPacked: Int { packed.values.reduce(0, +) }
    }

    private static let spawnLock = NSLock()

    let pid: pid_t
    let stderrPath: String
    private let input: Int32
    private var inputOpen = true
    private let output: Int32
    private var buffer = Data()
    private(set) var exitStatus: Int32?

    /// Starts `tote drive` on `store` as `station`.
    init(tote: String, store: String, station: String, config: String, stderrPath: String) throws {
        var toChild: [Int32] = [0, 0]
        var fromChild: [Int32] = [0, 0]
        // Close-on-exec: stations started at the same moment from other threads must not
        // inherit this one's pipe ends, or closing its stdin would never reach it as EOF.
        // (The dup2 onto 0 and 1 below gives the child its own ends without the flag.)
        // Pipes and spawn under one lock, so no other station is spawned between making a
        // pipe and marking it close-on-exec.
        Self.spawnLock.lock()
        defer { Self.spawnLock.unlock() }
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else { throw EndToEndError("pipe() failed: errno \(errno)") }
        for fd in toChild + fromChild { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        for fd in [toChild[0], toChild[1], fromChild[0], fromChild[1]] { posix_spawn_file_actions_addclose(&actions, fd) }
        var attributes = Subprocess.defaultSignalAttributes()
        defer { posix_spawnattr_destroy(&attributes) }
        let arguments = [tote, "drive", "--store", store, "--config", config, "--station", station]
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = Subprocess.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, tote, &actions, &attributes, argv, envp)
        close(toChild[0])
        close(fromChild[1])
        guard rc == 0 else {
            close(toChild[1])
            close(fromChild[0])
            throw EndToEndError("Cannot run \(tote) drive: posix_spawn error \(rc)")
        }
        self.pid = pid
        self.stderrPath = stderrPath
        input = toChild[1]
        output = fromChild[0]
        // A write to a killed child must fail with EPIPE, not kill the test runner.
        signal(SIGPIPE, SIG_IGN)
    }

    deinit {
        if inputOpen { close(input) }
        close(output)
    }

    /// Sends one scan (a line). False when the process is gone.
    @discardableResult
    func send(_ scan: String) -> Bool {
        let bytes = Array((scan + "\n").utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            sent += n
        }
        return true
    }

    /// The next report line, or nil at end of output (the process died or quit).
    func next(tag: String, timeout: Double = 30) throws -> Report? {
        guard let line = try readLine(timeout: timeout) else { return nil }
        guard line.hasPrefix(tag + " ") else {
            throw EndToEndError("expected '\(tag) …' from tote drive, got: \(line)")
        }
        return try JSONDecoder().decode(Report.self, from: Data(line.dropFirst(tag.count + 1).utf8))
    }

    /// One line of stdout without its newline; nil at end of file.
    func readLine(timeout: Double) throws -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...newline)
                return line
            }
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { throw EndToEndError("tote drive (pid \(pid)) said nothing for \(timeout) s") }
            var fds = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            let ready = poll(&fds, 1, Int32(min(left, 1) * 1000))
            if ready < 0 && errno != EINTR { throw EndToEndError("poll failed: errno \(errno)") }
            guard ready > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let n = read(output, &chunk, chunk.count)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return nil }
            buffer.append(contentsOf: chunk[0..<n])
        }
    }

    /// Kills it with `sig` and reaps it; returns the shell-style exit code.
    @discardableResult
    func kill(_ sig: Int32 = SIGKILL) -> Int32 {
        Foundation.kill(pid, sig)
        return wait()
    }

    /// Closes stdin (end of scans) and waits for the exit code; after `timeout` seconds it
    /// kills the process instead (exit 137), so a stuck station fails the test, not hangs it.
    func finish(timeout: Double = 30) -> Int32 {
        if inputOpen { close(input) }
        inputOpen = false
        let deadline = Date().addingTimeInterval(timeout)
        while exitStatus == nil && Date() < deadline {
            var status: Int32 = 0
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid {
                let signal = status & 0x7f
                exitStatus = signal == 0 ? (status >> 8) & 0xff : 128 + signal
            } else {
                usleep(10_000)
            }
        }
        return exitStatus ?? kill(SIGKILL)
    }

    @discardableResult
    func wait() -> Int32 {
        if let exitStatus { return exitStatus }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let signal = status & 0x7f
        let code = signal == 0 ? (status >> 8) & 0xff : 128 + signal
        exitStatus = code
        return code
    }

    /// What the process wrote to stderr so far.
    var stderr: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }
}
