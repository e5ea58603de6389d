import Foundation
import GRDB
import ToteCore

/// Why a store file could not be opened. Its description names the file, so the station can
/// print it as it is.
public struct StoreOpenError: Error, CustomStringConvertible {
    public enum Reason: Equatable, Sendable {
        /// The file exists but SQLite cannot read it as a database.
        case notADatabase
        /// A SQLite database that some other program made: it has tables but no Tote schema.
        case foreignDatabase
        /// The folder for the file could not be created.
        case cannotCreateFolder(String)
        /// Any other failure to open, with SQLite's or the file system's message.
        case cannotOpen(String)
        /// A SQLite database whose pages are damaged (a truncated or overwritten file).
        case damaged(String)
        /// The file or its folder may not be written by this user.
        case readOnly
        /// The disk (or quota) is full.
        case diskFull
    }

    /// The path that was given to `FloorStore.init(path:)`.
    public let path: String
    public let reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .notADatabase:
            return "\(path) is not a Tote store: it is not a SQLite database"
        case .foreignDatabase:
            return "\(path) is not a Tote store: it is a SQLite database of another program"
        case .cannotCreateFolder(let detail):
            return "cannot create the folder for the Tote store \(path): \(detail)"
        case .cannotOpen(let detail):
            return "cannot open the Tote store \(path): \(detail)"
        case .damaged(let detail):
            return "the Tote store \(path) is damaged (\(detail)). Nothing was written; "
                + "restore the last backup with `tote restore FILE`."
        case .readOnly:
            return "the Tote store \(path) cannot be written: the file or its folder is read-only for this user. "
                + "Nothing was written; fix the permissions or give another --store."
        case .diskFull:
            return "the disk holding the Tote store \(path) is full. Nothing was written; free some space and try again."
        }
    }

    /// Classifies an error thrown while opening `path`; errors already in store terms pass.
    static func wrapping(_ error: any Error, path: String) -> any Error {
        switch error {
        case is StoreOpenError, is StoreError:
            return error
        case let error as DatabaseError where error.resultCode == .SQLITE_NOTADB:
            return StoreOpenError(path: path, reason: .notADatabase)
        case let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT:
            return StoreOpenError(path: path, reason: .damaged(error.message ?? "database disk image is malformed"))
        case let error as DatabaseError where error.resultCode == .SQLITE_READONLY:
            return StoreOpenError(path: path, reason: .readOnly)
        case let error as DatabaseError where error.resultCode == .SQLITE_FULL:
            return StoreOpenError(path: path, reason: .diskFull)
        case let error as DatabaseError where error.resultCode == .SQLITE_CANTOPEN && !isWritable(path):
            return StoreOpenError(path: path, reason: .readOnly)
        case let error as DatabaseError:
            return StoreOpenError(path: path, reason: .cannotOpen(error.message ?? "\(error.resultCode)"))
        default:
            return StoreOpenError(path: path, reason: .cannotOpen(String(describing: error)))
        }
    }

    /// False when the file, or the folder a new file would go in, cannot be written.
    static func isWritable(_ path: String) -> Bool {
        let manager = FileManager.default
        if manager.fileExists(atPath: path) { return manager.isWritableFile(atPath: path) }
        return manager.isWritableFile(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
    }

    /// Store terms for a failure while the store was in use (the station shows it as it is):
    /// a damaged file, a full disk or a read-only file get a plain sentence; anything else
    /// passes unchanged. The failed transaction was rolled back, so nothing was half written.
    public static func explaining(_ error: any Error, path: String) -> any Error {
        switch error {
        case let error as DatabaseError where [.SQLITE_CORRUPT, .SQLITE_NOTADB, .SQLITE_READONLY, .SQLITE_FULL]
            .contains(error.resultCode):
            return wrapping(error, path: path)
        default:
            return error
        }
    }
}
