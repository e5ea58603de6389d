import Foundation

/// The throw-away PostgreSQL cluster `.ci/run` starts (`Tests/Support/postgres-cluster.sh`):
/// `TOTE_TEST_POSTGRES_URL` names it, `PGPASSWORD` is its password. Tests on it skip without it, unless
/// `TOTE_REQUIRE_POSTGRES=1` (CI), where they fail instead.
enum PostgresTestServer {
    static let environment = ProcessInfo.processInfo.environment

    static var url: String? { environment["TOTE_TEST_POSTGRES_URL"] }
    static var required: Bool { environment["TOTE_REQUIRE_POSTGRES"] == "1" }
    /// True when the tests on PostgreSQL run: a server is configured, or one is required.
    static var enabled: Bool { url != nil || required }

    static var script: String {
        ToteBinary.repositoryRoot.appendingPathComponent("Tests/Support/postgres-cluster.sh").path
    }

    /// A new, empty database on the test server; its `postgres://` URL.
    static func createDatabase(_ prefix: String, scratch: URL) async throws -> String {
        guard let url, let slash = url.lastIndex(of: "/") else {
            throw EndToEndError("TOTE_REQUIRE_POSTGRES=1 but TOTE_TEST_POSTGRES_URL is not set: run the tests through .ci/run")
        }
        let name = prefix + "_" + UUID().uuidString.prefix(8).lowercased()
        let psql = try binary("psql")
        let made = try await Subprocess.run(psql, ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", "CREATE DATABASE \(name)"],
                                            scratch: scratch)
        guard made.status == 0 else { throw EndToEndError("CREATE DATABASE \(name) failed: \(made.stderr)") }
        return String(url[...slash]) + name
    }

    /// A cluster of the test's own under `folder` (a test that stops its server must not stop
    /// the one other tests share): its `postgres://` URL, password `tote-ci` as the shared one's.
    static func startPrivateCluster(in folder: URL) async throws -> String {
        for _ in 0..<20 {
            let port = 55_000 + Int.random(in: 0..<4000)
            let started = try await Subprocess.run("/bin/bash", [script, "start", folder.path, String(port)],
                                                   scratch: folder.deletingLastPathComponent())
            if started.status == 0 { return started.stdout.trimmingCharacters(in: .whitespacesAndNewlines) }
            guard started.status == 3 else { throw EndToEndError("postgres-cluster.sh start failed: \(started.stderr)") }
        }
        throw EndToEndError("no free loopback port for a test PostgreSQL cluster")
    }

    /// `halt`, `resume` or `stop` on a cluster `startPrivateCluster` made.
    static func control(_ action: String, _ folder: URL) -> Int32 {
        Subprocess.runBlocking("/bin/bash", [script, action, folder.path])
    }

    /// Sends `signal` to every process of the cluster in `folder` (the postmaster, from
    /// `postmaster.pid`, and its children): SIGSTOP freezes the server as a dead host would.
    static func signal(_ signal: Int32, _ folder: URL) -> Int32 {
        let pidFile = folder.appendingPathComponent("data/postmaster.pid").path
        guard let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
              let line = text.split(separator: "\n").first, let postmaster = pid_t(line) else { return 1 }
        var pids = [postmaster]
        let children = (try? String(contentsOfFile: "/proc/\(postmaster)/task/\(postmaster)/children", encoding: .utf8)) ?? ""
        pids += children.split(separator: " ").compactMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        for pid in pids { kill(pid, signal) }
        return 0
    }

    /// A PostgreSQL client program: on PATH, else in Debian's newest /usr/lib/postgresql/N/bin.
    static func binary(_ name: String) throws -> String {
        if let found = Subprocess.which(name) { return found }
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        for version in versions.sorted(by: { (Int($0) ?? 0) > (Int($1) ?? 0) }) {
            let candidate = "/usr/lib/postgresql/\(version)/bin/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw EndToEndError("\(name) not found: install PostgreSQL (bash Tests/Support/postgres-cluster.sh install)")
    }
}
