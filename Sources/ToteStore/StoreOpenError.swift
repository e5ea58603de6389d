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
    }

    /// The path that was given to `SQLiteOrderStore.init(path:)`.
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
        }
    }

    /// Classifies an error thrown while opening `path`; errors already in store terms pass.
    static func wrapping(_ error: any Error, path: String) -> any Error {
        switch error {
        case is StoreOpenError, is StoreError:
            return error
        case let error as DatabaseError
            where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT:
            return StoreOpenError(path: path, reason: .notADatabase)
        case let error as DatabaseError:
            return StoreOpenError(path: path, reason: .cannotOpen(error.message ?? "\(error.resultCode)"))
        default:
            return StoreOpenError(path: path, reason: .cannotOpen(String(describing: error)))
        }
    }
}
