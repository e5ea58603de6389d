import Foundation
import GRDB
import ToteCore

extension FloorStore {
    /// Opens (creating if needed) the store at `path`, bringing its schema up to date.
    ///
    /// Creates missing parent folders. Safe to call from several processes at once.
    /// - Throws: `StoreError.schemaTooNew` if a newer Tote wrote the file (nothing is written
    ///   then); `StoreOpenError` if the file is not a Tote store or cannot be opened.
    public convenience init(path: String) throws {
        try self.init(path: path, maxPageCount: nil)
    }

    /// `init(path:)` with a page limit on every connection: tests use it to fill the "disk".
    convenience init(path: String, maxPageCount: Int?) throws {
        do {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw StoreOpenError(path: path, reason: .cannotCreateFolder(error.localizedDescription))
        }
        do {
            var configuration = Configuration()
            // Without a busy timeout, concurrent stations fail at once with SQLITE_BUSY. Custom
            // handlers polling every 0.2 ms, or backing off from 50 µs, were measured against this
            // with 8 claiming processes on 2 cores: the same or worse p99 (30–68 ms) and a 5x
            // slower median, because pollers starve the lock holder of CPU.
            configuration.busyMode = .timeout(10)
            configuration.foreignKeysEnabled = true
            if let maxPageCount {
                configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA max_page_count = \(maxPageCount)") }
            }
            let pool = try Self.openRetryingWhileLocked {
                try Self.refuseIncompatibleFile(at: path)
                let pool = try DatabasePool(path: path, configuration: configuration)
                try Self.migrate(pool)
                return pool
            }
            self.init(path: path, engine: SQLiteEngine(pool: pool), filePool: pool)
        } catch {
            throw StoreOpenError.wrapping(error, path: path)
        }
    }

    /// Stations starting together on a new file race to create it, switch it to WAL and
    /// migrate it; some of those steps report SQLITE_BUSY/LOCKED without waiting on the busy
    /// handler. Opening again a moment later joins the winner's file, so only a lock that
    /// lasts about 10 s is an error.
    private static func openRetryingWhileLocked(_ open: () throws -> DatabasePool) throws -> DatabasePool {
        var attempt = 0
        while true {
            do {
                return try open()
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                attempt += 1
                guard attempt < 200 else { throw error }
                usleep(useconds_t(min(50_000, 2_000 * attempt)))
            }
        }
    }

    /// Looks at an existing file through a read-only connection and refuses it if this build
    /// must not write it. Read-only because opening a `DatabasePool` already writes (it switches
    /// to WAL and makes sure a WAL file exists), and a refused file must stay as it was.
    private static func refuseIncompatibleFile(at path: String) throws {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size > 0 else { return }  // A new or empty file: nothing to protect.
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        let migrator = StoreMigrations.makeMigrator()
        try DatabaseQueue(path: path, configuration: configuration).read { db in
            let hasTables = try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%')
                """) ?? false
            // Checked first: another station may have just created the file and not yet its
            // migration table, and a file with no tables at all is one being created, not a foreign one.
            guard try db.tableExists("grdb_migrations") else {
                if hasTables { throw StoreOpenError(path: path, reason: .foreignDatabase) }
                return
            }
            let applied = try migrator.appliedIdentifiers(db)
            if try migrator.hasBeenSuperseded(db) {
                throw StoreError.schemaTooNew(found: StoreMigrations.version(ofApplied: applied),
                                              supported: StoreMigrations.supportedVersion)
            }
        }
    }

    /// Applies the migrations the file lacks.
    private static func migrate(_ pool: DatabasePool) throws {
        let migrator = StoreMigrations.makeMigrator()
        // Stations opening a fresh file together race through the migrations: each sees a
        // migration missing, and the later one's CREATE fails once another station has
        // committed it. Trying again picks up where the others got to; it is an error only
        // when the schema still is not complete after several rounds.
        var attempt = 0
        while true {
            do {
                try migrator.migrate(pool)
                return
            } catch {
                // The read itself may race a station still creating the migration table.
                if (try? pool.read(migrator.hasCompletedMigrations)) == true { return }
                // About 4 s in all: under a loaded machine the winner may take that long.
                attempt += 1
                guard attempt < 100 else { throw error }
                usleep(useconds_t(min(50_000, 5_000 * attempt)))
            }
        }
    }

    /// SQLite's `PRAGMA integrity_check` verdict: `"ok"` for a sound file, else the problems
    /// one per line.
    public func integrityCheck() throws -> String {
        try pool(for: "the integrity check", instead: "PostgreSQL's amcheck (pg_amcheck)").read { db in
            try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n")
        }
    }

    /// Pages in the file (SQLite's `PRAGMA page_count`), for tests that simulate a full disk.
    func pageCount() throws -> Int {
        try pool(for: "page count", instead: "pg_database_size").read { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
    }
}
