/// Why `tote backup` or `tote restore` refused or failed. Nothing was changed when one is
/// thrown: the store and the named file are as they were (a half-written copy is removed).
public struct StoreBackupError: Error, Equatable, CustomStringConvertible {
    public enum Reason: Equatable, Sendable {
        /// The file to restore from does not exist.
        case missing
        /// The file is not a SQLite database at all.
        case notADatabase
        /// A SQLite database without the Tote schema.
        case notAToteStore
        /// SQLite's integrity check found problems (the first ones given).
        case corrupt(String)
        /// Written by a newer Tote.
        case schemaTooNew(found: Int, supported: Int)
        /// Stations hold orders in the live store; restoring would take their work away.
        case claimsHeld([String])
        /// The disk (or the file's quota) is full.
        case diskFull
        /// Any other file or SQLite failure, with its message.
        case failed(String)
    }

    /// The file the command was given (the backup file).
    public let path: String
    public let reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .missing:
            return "\(path): no such file. Give the path of a file `tote backup` wrote."
        case .notADatabase:
            return "\(path) is not a Tote store: it is not a SQLite database. Nothing was changed."
        case .notAToteStore:
            return "\(path) is not a Tote store: it is a SQLite database of another program. Nothing was changed."
        case .corrupt(let detail):
            return "\(path) is damaged (SQLite integrity check: \(detail)). Nothing was changed; use an older backup."
        case .schemaTooNew(let found, let supported):
            return "\(path) was written by a newer Tote (schema \(found), this one knows \(supported)). "
                + "Nothing was changed; upgrade Tote first."
        case .claimsHeld(let claims):
            return "stations hold orders in the live store (\(claims.joined(separator: ", "))). "
                + "Stop them and release or finish the orders first, or add --force. Nothing was changed."
        case .diskFull:
            return "the disk is full while writing \(path). Nothing was changed; free some space and try again."
        case .failed(let detail):
            return "cannot use \(path): \(detail). Nothing was changed."
        }
    }
}
