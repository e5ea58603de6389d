import Foundation

/// The throw-away PostgreSQL cluster `.ci/run` starts (`Tests/Support/postgres-cluster.sh`):
/// `TOTE_TEST_POSTGRES_URL` names it, `TOTE_TEST_POSTGRES_DIR` is its folder (to halt and
/// resume the server), `PGPASSWORD` its password. Tests on it skip without it, unless
/// `TOTE_REQUIRE_POSTGRES=1` (CI), where they fail instead.
enum PostgresTestServer {
    static let environment = ProcessInfo.processInfo.environment

    static var url: String? { environment["TOTE_TEST_POSTGRES_URL"] }
    static var folder: String? { environment["TOTE_TEST_POSTGRES_DIR"] }
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

    /// Stops the server, keeping its data: to a station, the network dropped.
    static func halt(scratch: URL) async throws { try await control("halt", scratch: scratch) }
    /// Starts it again on the same port.
    static func resume(scratch: URL) async throws { try await control("resume", scratch: scratch) }

    private static func control(_ action: String, scratch: URL) async throws {
        guard let folder else { throw EndToEndError("TOTE_TEST_POSTGRES_DIR is not set: run the tests through .ci/run") }
        let result = try await Subprocess.run("/bin/bash", [script, action, folder], scratch: scratch)
        guard result.status == 0 else { throw EndToEndError("postgres-cluster.sh \(action) failed: \(result.stderr)") }
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
