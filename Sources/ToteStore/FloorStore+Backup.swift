import Foundation
import GRDB

extension FloorStore {
    /// Copies the live store to `destination` with SQLite's online backup while stations keep
    /// working; the copy is one consistent moment of the store.
    ///
    /// The copy is written beside `destination`, checked with `PRAGMA integrity_check`, and
    /// renamed into place, so `destination` is never a half-written file. It is a single file
    /// (no `-wal` beside it).
    /// - Throws: `StoreBackupError` (`.diskFull` when the disk fills); the live store is never
    ///   changed, and a partial copy is removed.
    public func backup(to destination: String) throws -> StoreFileSummary {
        try backup(to: destination, maxPageCount: nil)
    }

    /// `backup(to:)` with a page limit on the copy, which tests use to simulate a full disk.
    func backup(to destination: String, maxPageCount: Int?) throws -> StoreFileSummary {
        let prepared = try StoreFileCopy.prepare(beside: destination, maxPageCount: maxPageCount) { target in
            try pool(for: "tote backup", instead: "pg_dump").backup(to: target)
        }
        try StoreFileCopy.commit(prepared.path, to: destination)
        return prepared.summary
    }

    /// Checks that `path` is a sound Tote store this build can open, without changing it.
    /// - Throws: `StoreBackupError`: missing, not a database, not a Tote store, corrupt, or
    ///   from a newer schema.
    public static func inspectBackup(at path: String) throws -> StoreFileSummary {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard let attributes else { throw StoreBackupError(path: path, reason: .missing) }
        let bytes = (attributes[.size] as? Int) ?? 0
        guard bytes > 0 else { throw StoreBackupError(path: path, reason: .notADatabase) }
        do {
            var configuration = Configuration()
            configuration.readonly = true
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in
                let problems = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                guard problems == ["ok"] else {
                    throw StoreBackupError(path: path, reason: .corrupt(problems.prefix(3).joined(separator: "; ")))
                }
                guard try db.tableExists("grdb_migrations"), try db.tableExists("orders"), try db.tableExists("scan") else {
                    throw StoreBackupError(path: path, reason: .notAToteStore)
                }
                let migrator = StoreMigrations.makeMigrator()
                if try migrator.hasBeenSuperseded(db) {
                    let found = StoreMigrations.version(ofApplied: try migrator.appliedIdentifiers(db))
                    throw StoreBackupError(path: path, reason: .schemaTooNew(found: found,
                                                                             supported: StoreMigrations.supportedVersion))
                }
                return try StoreFileSummary.read(db, bytes: bytes)
            }
        } catch {
            throw StoreFileCopy.classify(error, path: path)
        }
    }

    /// Replaces the store at `storePath` with the backup at `backup`.
    ///
    /// Refuses (changing nothing) a backup that `inspectBackup` refuses, and a live store in
    /// which stations hold orders unless `force`. The old store is kept as
    /// `<storePath>.before-restore` (an online copy when it can be opened, else the file as
    /// it was), the backup is copied beside the store, checked, and renamed over it; an older
    /// backup is then brought up to this build's schema.
    /// - Returns: what the restored store holds, and where the old store was kept (nil when
    ///   there was none).
    public static func restore(from backup: String, to storePath: String,
                               force: Bool) throws -> (summary: StoreFileSummary, keptAs: String?) {
        _ = try inspectBackup(at: backup)
        let keptAs = storePath + ".before-restore"
        let exists = ((try? FileManager.default.attributesOfItem(atPath: storePath)[.size] as? Int) ?? 0) > 0
        let live = exists ? try? FloorStore(path: storePath) : nil
        if let live {
            let claims = try live.engine.read { db in
                try StoreRow.fetchAll(db, sql: "SELECT number, claimed_by FROM orders WHERE claimed_by IS NOT NULL ORDER BY number")
                    .map { "\($0["claimed_by"] as String) holds \($0["number"] as String)" }
            }
            if !claims.isEmpty && !force { throw StoreBackupError(path: backup, reason: .claimsHeld(claims)) }
        }
        let incoming = try StoreFileCopy.prepare(beside: storePath) { target in
            var configuration = Configuration()
            configuration.readonly = true
            let source = try DatabaseQueue(path: backup, configuration: configuration)
            defer { try? source.close() }
            try source.backup(to: target)
        }
        do {
            if let live {
                let livePool = try live.pool(for: "tote restore", instead: "pg_restore")
                let old = try StoreFileCopy.prepare(beside: keptAs) { target in try livePool.backup(to: target) }
                try StoreFileCopy.commit(old.path, to: keptAs)
                // Empty the WAL into the file, so removing it below loses nothing, and close.
                try livePool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
                try livePool.close()
            } else if exists {
                for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: storePath + suffix) {
                    guard rename(storePath + suffix, keptAs + suffix) == 0 else {
                        throw StoreBackupError(path: storePath, reason: .failed(String(cString: strerror(errno))))
                    }
                }
            }
            // A WAL left beside the new file would be replayed into it.
            unlink(storePath + "-wal")
            unlink(storePath + "-shm")
            try StoreFileCopy.commit(incoming.path, to: storePath)
        } catch {
            StoreFileCopy.discard(incoming.path)
            throw StoreFileCopy.classify(error, path: backup)
        }
        let restored = try FloorStore(path: storePath)
        let summary = try restored.pool(for: "tote restore", instead: "pg_restore").read { db in
            try StoreFileSummary.read(db, bytes: incoming.summary.bytes)
        }
        return (summary, exists ? keptAs : nil)
    }
}
