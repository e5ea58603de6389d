import ToteCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a helper program (`lp`) with `posix_spawn`, output to temporary files, and a deadline.
///
/// Not Foundation's `Process`: under the Linux test runner its termination handler was seen
/// never to fire. Here the child is reaped with `waitpid(WNOHANG)` polling and killed (SIGKILL)
/// when the deadline passes, so a stuck spooler never hangs the station.
enum Spawn {
    struct Output: Sendable {
        /// Exit status, or 128 + signal.
        let status: Int32
        let stdout: String
        let stderr: String
        let timedOut: Bool
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The first executable `name` on PATH or in the usual folders, or nil.
    static func which(_ name: String) -> String? {
        if name.hasPrefix("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/bin", "/usr/sbin", "/sbin"]
        for folder in folders where !folder.isEmpty {
            let candidate = folder + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `executable` with `arguments` and `extraEnvironment`; blocks up to `timeoutMillis`.
    static func run(_ executable: String, _ arguments: [String], extraEnvironment: [String: String] = [:],
                    timeoutMillis: Int) throws -> Output {
        let scratch = FileManager.default.temporaryDirectory
        let id = UUID().uuidString
        let outPath = scratch.appendingPathComponent("tote-spawn-\(id).out").path
        let errPath = scratch.appendingPathComponent("tote-spawn-\(id).err").path
        defer {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
        }
        var env = ProcessInfo.processInfo.environment
        for (k, v) in extraEnvironment { env[k] = v }
        let pid = try spawn(executable, arguments, environment: env, stdout: outPath, stderr: errPath)
        var status: Int32 = 0
        var timedOut = false
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(timeoutMillis, 1)) * 1_000_000
        var delay: useconds_t = 500
        while true {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { break }
            if r == -1 && errno != EINTR { throw Failure(description: "waitpid(\(executable)) failed: errno \(errno)") }
            if DispatchTime.now().uptimeNanoseconds > deadline {
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
                timedOut = true
                break
            }
            usleep(delay)
            delay = min(delay * 2, 20_000)
        }
        let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return Output(status: exitCode(status), stdout: out, stderr: err, timedOut: timedOut)
    }

    private static func exitCode(_ status: Int32) -> Int32 {
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    private static func spawn(_ executable: String, _ arguments: [String], environment: [String: String],
                              stdout: String, stderr: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for sig in [SIGPIPE, SIGCHLD, SIGINT, SIGTERM, SIGHUP] { sigaddset(&defaults, sig) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard rc == 0 else { throw Failure(description: "cannot run \(executable): posix_spawn error \(rc)") }
        return pid
    }
}
