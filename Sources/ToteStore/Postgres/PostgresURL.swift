import Foundation

/// Where a station finds its PostgreSQL store: `postgres://user@host:port/database`.
///
/// The URL never carries the password: a password in the URL would end up in the shell history,
/// in `ps` output and in config files. It comes from `PGPASSWORD` or a libpq password file
/// (`PGPASSFILE`, else `~/.pgpass`), see ``password(environment:homeDirectory:readFile:)``.
///
/// Accepted forms: scheme `postgres://` or `postgresql://`; port 1...65535, 5432 when absent;
/// host a name, an IPv4 address or a bracketed IPv6 address; the only query option is
/// `sslmode`, and only `sslmode=disable` (the engine speaks plain TCP, meant for a warehouse LAN
/// or loopback).
public struct PostgresURL: Equatable, Sendable, CustomStringConvertible {
    /// Host name or address, without brackets for IPv6.
    public let host: String
    /// TCP port, 1...65535.
    public let port: Int
    /// The role the station logs in as.
    public let user: String
    /// The database holding the store.
    public let database: String

    public init(host: String, port: Int = 5432, user: String, database: String) {
        self.host = host
        self.port = port
        self.user = user
        self.database = database
    }

    /// Parses `text`.
    /// - Throws: ``PostgresURLError`` naming what is wrong and how to write it instead.
    public init(parsing text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var rest: Substring
        if trimmed.hasPrefix("postgres://") {
            rest = trimmed.dropFirst("postgres://".count)
        } else if trimmed.hasPrefix("postgresql://") {
            rest = trimmed.dropFirst("postgresql://".count)
        } else {
            throw PostgresURLError(url: text, problem: "it does not start with postgres:// or postgresql://")
        }
        var query: Substring = ""
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        guard let slash = rest.firstIndex(of: "/") else {
            throw PostgresURLError(url: text, problem: "it names no database (write postgres://user@host:port/database)")
        }
        let authority = rest[..<slash]
        let databasePart = rest[rest.index(after: slash)...]
        guard let at = authority.lastIndex(of: "@") else {
            throw PostgresURLError(url: text, problem: "it names no user (write postgres://user@host:port/database)")
        }
        let userInfo = authority[..<at]
        let hostPort = authority[authority.index(after: at)...]
        if userInfo.contains(":") {
            throw PostgresURLError(
                url: Self.redacted(text),
                problem: "it contains a password; passwords never go on the command line or in config files: "
                    + "set PGPASSWORD or put a line host:port:database:user:password in ~/.pgpass (chmod 600)")
        }
        let user = try Self.decode(userInfo, what: "user", url: text)
        guard !user.isEmpty else {
            throw PostgresURLError(url: text, problem: "the user before @ is empty")
        }
        let database = try Self.decode(databasePart, what: "database", url: text)
        guard !database.isEmpty, !database.contains("/") else {
            throw PostgresURLError(url: text, problem: "the database after the host must be one name, e.g. /tote")
        }
        let (host, port) = try Self.hostAndPort(hostPort, url: text)
        try Self.checkQuery(query, url: text)
        self.init(host: host, port: port, user: user, database: database)
    }

    /// `postgres://user@host:port/database`: safe to show and log (it never holds a password).
    public var description: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "postgres://\(user)@\(shownHost):\(port)/\(database)"
    }

    /// The password for this URL: `PGPASSWORD` when set and not empty, else the first matching
    /// line of the password file (`PGPASSFILE`, else `<home>/.pgpass`), else nil (the server may
    /// not ask for one, e.g. `trust` authentication).
    /// - Parameters:
    ///   - environment: the process environment (injected for tests).
    ///   - homeDirectory: the user's home; nil means the process's home.
    ///   - readFile: reads a file's text, nil when it does not exist (injected for tests).
    /// - Throws: ``PostgresPassFileError`` when the password file exists but cannot be read.
    public func password(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        homeDirectory: String? = nil,
        readFile: (String) throws -> String? = PostgresPassFile.readIfPresent
    ) throws -> String? {
        if let password = environment["PGPASSWORD"], !password.isEmpty { return password }
        let path: String
        if let file = environment["PGPASSFILE"], !file.isEmpty {
            path = file
        } else {
            let home = homeDirectory ?? environment["HOME"] ?? NSHomeDirectory()
            path = (home as NSString).appendingPathComponent(".pgpass")
        }
        guard let text = try readFile(path) else { return nil }
        return PostgresPassFile(text: text, path: path).password(for: self)
    }

    private static func hostAndPort(_ text: Substring, url: String) throws -> (String, Int) {
        var host: Substring
        var portText: Substring?
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else {
                throw PostgresURLError(url: url, problem: "the IPv6 address has no closing ]")
            }
            host = text[text.index(after: text.startIndex)..<close]
            let after = text[text.index(after: close)...]
            if after.hasPrefix(":") { portText = after.dropFirst() } else if !after.isEmpty {
                throw PostgresURLError(url: url, problem: "unexpected \"\(after)\" after the IPv6 address")
            }
        } else if let colon = text.firstIndex(of: ":") {
            host = text[..<colon]
            portText = text[text.index(after: colon)...]
        } else {
            host = text
        }
        guard !host.isEmpty else {
            throw PostgresURLError(url: url, problem: "the host between @ and / is empty")
        }
        var port = 5432
        if let portText {
            guard let value = Int(portText), (1...65535).contains(value) else {
                throw PostgresURLError(url: url, problem: "the port \"\(portText)\" is not a number from 1 to 65535")
            }
            port = value
        }
        return (try decode(host, what: "host", url: url), port)
    }

    private static func checkQuery(_ query: Substring, url: String) throws {
        for option in query.split(separator: "&") where !option.isEmpty {
            let parts = option.split(separator: "=", maxSplits: 1)
            let key = parts[0]
            let value = parts.count > 1 ? parts[1] : ""
            guard key == "sslmode" else {
                throw PostgresURLError(url: url, problem: "the option \"\(key)\" is not supported (only sslmode=disable is)")
            }
            guard value == "disable" else {
                throw PostgresURLError(
                    url: url,
                    problem: "sslmode=\(value) is not supported: this station connects without TLS; "
                        + "use sslmode=disable on a trusted network, or reach the server through an SSH tunnel")
            }
        }
    }

    private static func decode(_ text: Substring, what: String, url: String) throws -> String {
        guard let decoded = String(text).removingPercentEncoding else {
            throw PostgresURLError(url: url, problem: "the \(what) \"\(text)\" has a broken %-escape")
        }
        return decoded
    }

    /// `text` with whatever stands between `user:` and `@` replaced, so the error never echoes it.
    private static func redacted(_ text: String) -> String {
        guard let scheme = text.range(of: "://"), let at = text.lastIndex(of: "@"),
              let colon = text[scheme.upperBound..<at].firstIndex(of: ":") else { return text }
        return String(text[..<text.index(after: colon)]) + "***" + String(text[at...])
    }
}

/// A store URL that cannot be used, and why.
public struct PostgresURLError: Error, Equatable, CustomStringConvertible {
    /// The URL as given (a password in it is replaced by `***`).
    public let url: String
    public let problem: String

    public var description: String { "The PostgreSQL URL \(url) cannot be used: \(problem)." }
}
