import GRDB

/// Tells cheaply whether any other connection committed to the store since the last look.
///
/// Holds one read-only connection of its own and reads `PRAGMA data_version`, which SQLite
/// bumps on that connection whenever another connection (in this or another process) commits.
/// No table is read, so a dashboard may ask several times a second and re-read its aggregates
/// only after a commit.
public final class ChangeDetector: @unchecked Sendable {
    private let connection: DatabaseQueue
    private var lastVersion: Int64?

    /// Opens a read-only connection to the store at `path` (which must exist: open the
    /// `FloorStore` first).
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        connection = try DatabaseQueue(path: path, configuration: configuration)
    }

    /// The connection's current `data_version`.
    public func dataVersion() throws -> Int64 {
        try connection.inDatabase { db in try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }

    /// True on the first call and whenever another connection has committed since the previous call.
    public func hasChanged() throws -> Bool {
        let version = try dataVersion()
        defer { lastVersion = version }
        return version != lastVersion
    }
}
