/// Where a floor's store is: a SQLite file on this host, or a PostgreSQL database shared by
/// several hosts. What `--store` names.
public enum StoreLocation: Equatable, Sendable, CustomStringConvertible {
    case file(String)
    case postgres(PostgresURL)

    /// Reads `--store`: `postgres://user@host:port/db` (or `postgresql://`), `sqlite:PATH`,
    /// or a plain file path.
    /// - Throws: `PostgresURLError` for a PostgreSQL URL that cannot be used (a password in
    ///   it, no database, a bad port…); `StoreLocationError` for an empty `sqlite:`.
    public init(parsing text: String) throws {
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            self = .postgres(try PostgresURL(parsing: text))
        } else if text.hasPrefix("sqlite:") {
            let path = String(text.dropFirst("sqlite:".count))
            guard !path.isEmpty else { throw StoreLocationError(text: text) }
            self = .file(path)
        } else {
            self = .file(text)
        }
    }

    public var isFile: Bool { if case .file = self { return true } else { return false } }

    public var description: String {
        switch self {
        case .file(let path): return path
        case .postgres(let url): return url.description
        }
    }
}

/// `--store sqlite:` without a path.
public struct StoreLocationError: Error, Equatable, CustomStringConvertible {
    public var text: String
    public var description: String {
        "--store \(text): name the file after sqlite: (sqlite:/var/lib/tote/tote.sqlite), or give a postgres:// URL"
    }
}
