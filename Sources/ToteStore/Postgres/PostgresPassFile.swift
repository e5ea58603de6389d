import Foundation

/// A libpq password file (`~/.pgpass` or `PGPASSFILE`): one entry a line,
/// `hostname:port:database:username:password`. A field may be `*` (matches anything); `\:` and
/// `\\` escape a colon and a backslash; lines starting with `#` and blank lines are ignored. The
/// first line that matches wins, as in libpq.
public struct PostgresPassFile: Sendable {
    /// One usable line, its fields unescaped.
    public struct Entry: Equatable, Sendable {
        public let host: String
        public let port: String
        public let database: String
        public let user: String
        public let password: String
    }

    /// The usable lines, in file order. Lines with fewer than five fields are skipped, as libpq does.
    public let entries: [Entry]
    /// Where the text came from, for messages.
    public let path: String

    public init(text: String, path: String) {
        self.path = path
        entries = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).compactMap(Self.entry)
    }

    /// The password of the first entry matching `url`'s host, port, database and user.
    /// `localhost` in the file also matches 127.0.0.1 and ::1 (libpq matches the socket
    /// directory there; a station always uses TCP).
    public func password(for url: PostgresURL) -> String? {
        entries.first { entry in
            Self.matches(entry.host, hostAliases(url.host)) && Self.matches(entry.port, [String(url.port)])
                && Self.matches(entry.database, [url.database]) && Self.matches(entry.user, [url.user])
        }?.password
    }

    /// Reads `path`; nil when there is no such file.
    /// - Throws: ``PostgresPassFileError`` when it exists but cannot be read, or is readable by
    ///   others (libpq ignores such a file; the station refuses it so the mistake is seen).
    public static func readIfPresent(_ path: String) throws -> String? {
        let manager = FileManager.default
        guard manager.fileExists(atPath: path) else { return nil }
        if let attributes = try? manager.attributesOfItem(atPath: path),
           let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue, mode & 0o077 != 0 {
            throw PostgresPassFileError(
                path: path, problem: "it can be read by other users (mode \(String(mode, radix: 8))); run chmod 600 \(path)")
        }
        guard let data = manager.contents(atPath: path) else {
            throw PostgresPassFileError(path: path, problem: "it cannot be read; check its owner and permissions")
        }
        return String(decoding: data, as: UTF8.self)
    }

    private func hostAliases(_ host: String) -> [String] {
        host == "127.0.0.1" || host == "::1" ? [host, "localhost"] : [host]
    }

    private static func matches(_ field: String, _ candidates: [String]) -> Bool {
        field == "*" || candidates.contains(field)
    }

    private static func entry(_ line: Substring) -> Entry? {
        if line.hasPrefix("#") { return nil }
        var fields: [String] = []
        var current = ""
        var escaping = false
        for character in line {
            if escaping {
                current.append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == ":" && fields.count < 4 {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        guard fields.count == 5 else { return nil }
        return Entry(host: fields[0], port: fields[1], database: fields[2], user: fields[3], password: fields[4])
    }
}

/// A password file that exists but cannot be used.
public struct PostgresPassFileError: Error, Equatable, CustomStringConvertible {
    public let path: String
    public let problem: String

    public var description: String { "The PostgreSQL password file \(path) cannot be used: \(problem)." }
}
