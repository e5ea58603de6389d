import Foundation
import Testing
@testable import ToteStore

@Suite struct PostgresURLTests {
    @Test func parsesTheUsualForms() throws {
        #expect(try PostgresURL(parsing: "postgres://tote@db.local:6543/store")
            == PostgresURL(host: "db.local", port: 6543, user: "tote", database: "store"))
        #expect(try PostgresURL(parsing: "postgresql://tote@10.0.0.5/tote").port == 5432)
        #expect(try PostgresURL(parsing: "postgres://tote@127.0.0.1:55432/tote?sslmode=disable").port == 55432)
        let v6 = try PostgresURL(parsing: "postgres://tote@[::1]:5433/tote")
        #expect(v6.host == "::1" && v6.port == 5433)
        #expect(v6.description == "postgres://tote@[::1]:5433/tote")
        #expect(try PostgresURL(parsing: "postgres://pack%20er@h/d").user == "pack er")
    }

    @Test func refusesAPasswordInTheURLWithoutEchoingIt() {
        #expect {
            try PostgresURL(parsing: "postgres://tote:s3cret@db/tote")
        } throws: { error in
            let text = "\(error)"
            return text.contains("PGPASSWORD") && text.contains(".pgpass") && !text.contains("s3cret")
        }
    }

    @Test(arguments: [
        ("mysql://tote@db/tote", "postgres://"),
        ("postgres://tote@db", "names no database"),
        ("postgres://db/tote", "names no user"),
        ("postgres://tote@db:99999/tote", "port"),
        ("postgres://tote@db:abc/tote", "port"),
        ("postgres://tote@:5432/tote", "host"),
        ("postgres://tote@db/tote?sslmode=require", "sslmode=require is not supported"),
        ("postgres://tote@db/tote?connect_timeout=3", "connect_timeout"),
    ])
    func refusesBrokenURLsSayingWhy(text: String, expected: String) {
        #expect {
            try PostgresURL(parsing: text)
        } throws: { error in
            "\(error)".contains(expected)
        }
    }

    @Test func passwordComesFromPGPASSWORDFirst() throws {
        let url = PostgresURL(host: "db", port: 5432, user: "tote", database: "tote")
        let password = try url.password(environment: ["PGPASSWORD": "fromenv"], homeDirectory: "/home/x") { _ in
            "db:5432:tote:tote:fromfile"
        }
        #expect(password == "fromenv")
    }

    @Test func passwordFileFirstMatchWithWildcardsAndEscapes() throws {
        let file = """
            # comment line
            other:5432:tote:tote:wronghost
            db:5432:tote:tote:pa\\:ss\\\\word
            *:*:*:tote:wildcard
            """
        var readPath = ""
        let url = PostgresURL(host: "db", port: 5432, user: "tote", database: "tote")
        let password = try url.password(environment: [:], homeDirectory: "/home/packer") { path in
            readPath = path
            return file
        }
        #expect(readPath == "/home/packer/.pgpass")
        #expect(password == "pa:ss\\word")
        let elsewhere = PostgresURL(host: "db2", port: 6000, user: "tote", database: "x")
        #expect(try elsewhere.password(environment: [:], homeDirectory: "/h") { _ in file } == "wildcard")
        let stranger = PostgresURL(host: "db", port: 5432, user: "admin", database: "tote")
        #expect(try stranger.password(environment: [:], homeDirectory: "/h") { _ in file } == nil)
    }

    @Test func PGPASSFILEOverridesTheHomeFileAndMissingFileMeansNoPassword() throws {
        let url = PostgresURL(host: "127.0.0.1", port: 5432, user: "tote", database: "tote")
        var readPath = ""
        let password = try url.password(environment: ["PGPASSFILE": "/etc/tote/pgpass"], homeDirectory: "/h") { path in
            readPath = path
            return "localhost:5432:tote:tote:viaalias"
        }
        #expect(readPath == "/etc/tote/pgpass")
        #expect(password == "viaalias")
        #expect(try url.password(environment: [:], homeDirectory: "/h") { _ in nil } == nil)
    }

    @Test func passwordFileReadableByOthersIsRefused() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)").path
        try "*:*:*:*:pw\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        #expect(throws: PostgresPassFileError.self) { try PostgresPassFile.readIfPresent(path) }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        #expect(try PostgresPassFile.readIfPresent(path) == "*:*:*:*:pw\n")
        #expect(try PostgresPassFile.readIfPresent(path + "-missing") == nil)
    }
}
