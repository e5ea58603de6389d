import Foundation

/// Errors of the end-to-end harness: one sentence saying what went wrong, with the screen
/// when there is one, so a failure in CI explains itself.
struct EndToEndError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Runs short helper commands (tmux) without blocking Swift's cooperative threads.
///
/// Output goes to temporary files, not pipes: the tmux server that `new-session` forks
/// could otherwise hold a pipe open and a read would never see its end.
enum Subprocess {
    struct Output: Sendable {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The first executable called `name` on PATH (then a few usual folders), or nil.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin", "/bin"]
        for folder in folders where !folder.isEmpty {
            let candidate = folder + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The environment helpers run with: UTF-8 locale, and no link to an enclosing tmux.
    static var environment: [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["TMUX"] = nil
        env["TMUX_PANE"] = nil
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = "C.UTF-8"
        return env
    }

    /// Runs `executable` to completion, polling for its exit so no cooperative thread blocks.
    ///
    /// Spawned with `posix_spawn` and reaped with `waitpid` here rather than through Foundation's
    /// `Process`: under the test runner on Linux, `Process` never noticed the tmux client
    /// exiting (it stayed a zombie and the test hung).
    static func run(_ executable: String, _ arguments: [String], scratch: URL) async throws -> Output {
        let id = UUID().uuidString
        let outPath = scratch.appendingPathComponent(".out-\(id)").path
        let errPath = scratch.appendingPathComponent(".err-\(id)").path
        defer {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
        }
        let pid = try spawn(executable, arguments, stdout: outPath, stderr: errPath)
        var status: Int32 = 0
        var delay: UInt64 = 1_000_000
        while true {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { break }
            if r == -1 && errno != EINTR {
                throw EndToEndError("waitpid(\(executable)) failed: errno \(errno)")
            }
            try await Task.sleep(nanoseconds: delay)
            delay = min(delay * 2, 20_000_000)
        }
        let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return Output(status: exitCode(status), stdout: out, stderr: err)
    }

    /// A blocking run, for `defer` blocks (which cannot await). Keep it to quick commands.
    @discardableResult
    static func runBlocking(_ executable: String, _ arguments: [String]) -> Int32 {
        guard let pid = try? spawn(executable, arguments, stdout: "/dev/null", stderr: "/dev/null") else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return exitCode(status)
    }

    /// The exit code, or 128 + the signal that ended it (as a shell reports it).
    private static func exitCode(_ status: Int32) -> Int32 {
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    /// Spawn attributes under which a child starts with default signal handling and nothing
    /// blocked, whatever the test runner set. The caller destroys them.
    static func defaultSignalAttributes() -> posix_spawnattr_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for sig in [SIGPIPE, SIGCHLD, SIGINT, SIGTERM, SIGHUP] { sigaddset(&defaults, sig) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        return attributes
    }

    private static func spawn(_ executable: String, _ arguments: [String], stdout: String, stderr: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var attributes = Subprocess.defaultSignalAttributes()
        defer { posix_spawnattr_destroy(&attributes) }

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard rc == 0 else { throw EndToEndError("Cannot run \(executable): posix_spawn error \(rc)") }
        return pid
    }
}
