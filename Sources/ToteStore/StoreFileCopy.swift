import Foundation
import GRDB

/// Writes a whole store file beside its final place, checks it, and only then renames it into
/// place, so a reader of the final path sees either the old file or the complete, checked one.
enum StoreFileCopy {
    /// Fills a new file beside `destination` with `copy`, switches it to a single-file
    /// journal (no `-wal` beside it), checks its integrity and counts its rows. Returns the
    /// temporary path; the caller renames it with `commit` or removes it with `discard`.
    /// - Parameter maxPageCount: for tests, a page limit that simulates a full disk.
    static func prepare(beside destination: String, maxPageCount: Int? = nil,
                        _ copy: (DatabaseQueue) throws -> Void) throws -> (path: String, summary: StoreFileSummary) {
        let url = URL(fileURLWithPath: destination)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent("." + url.lastPathComponent + ".partial-\(getpid())").path
        discard(temporary)
        do {
            var summary: StoreFileSummary
            do {
                var configuration = Configuration()
                if let maxPageCount {
                    configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA max_page_count = \(maxPageCount)") }
                }
                let queue = try DatabaseQueue(path: temporary, configuration: configuration)
                try copy(queue)
                summary = try queue.writeWithoutTransaction { db -> StoreFileSummary in
                    _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
                    let problems = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                    guard problems == ["ok"] else {
                        throw StoreBackupError(path: destination, reason: .corrupt(problems.prefix(3).joined(separator: "; ")))
                    }
                    return try StoreFileSummary.read(db, bytes: 0)
                }
                try queue.close()
            }
            try syncFile(temporary)
            let bytes = (try FileManager.default.attributesOfItem(atPath: temporary)[.size] as? Int) ?? 0
            summary = StoreFileSummary(schemaVersion: summary.schemaVersion, orders: summary.orders, skus: summary.skus,
                                       scans: summary.scans, bytes: bytes)
            return (temporary, summary)
        } catch {
            discard(temporary)
            throw classify(error, path: destination)
        }
    }

    /// Renames the prepared file over `destination` (atomic on one file system).
    static func commit(_ temporary: String, to destination: String) throws {
        guard rename(temporary, destination) == 0 else {
            let detail = String(cString: strerror(errno))
            discard(temporary)
            throw StoreBackupError(path: destination, reason: .failed(detail))
        }
    }

    /// Removes a file and the journal files SQLite may have left beside it.
    static func discard(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }

    /// Store terms for what SQLite or the file system threw.
    static func classify(_ error: any Error, path: String) -> any Error {
        switch error {
        case is StoreBackupError:
            return error
        case let error as DatabaseError where error.resultCode == .SQLITE_FULL:
            return StoreBackupError(path: path, reason: .diskFull)
        case let error as DatabaseError where error.resultCode == .SQLITE_NOTADB:
            return StoreBackupError(path: path, reason: .notADatabase)
        case let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT:
            return StoreBackupError(path: path, reason: .corrupt(error.message ?? "database disk image is malformed"))
        case let error as DatabaseError:
            return StoreBackupError(path: path, reason: .failed(error.message ?? "\(error.resultCode)"))
        default:
            return StoreBackupError(path: path, reason: .failed(String(describing: error)))
        }
    }

    /// Flushes the file to the disk, so a power cut after the rename cannot leave it empty.
    private static func syncFile(_ path: String) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw StoreBackupError(path: path, reason: .failed(String(cString: strerror(errno)))) }
        defer { close(fd) }
        fsync(fd)
    }
}
