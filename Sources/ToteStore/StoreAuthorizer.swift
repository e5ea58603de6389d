import ToteCore

/// Checks `Rights` inside the transaction that makes the change, against the users the store
/// holds at that instant: a refused action writes nothing, and a role changed by another
/// process is seen at once.
///
/// A store with no users at all is an open floor (a fresh install): every badge may do
/// everything but edit users, as before users existed. Once one user exists, every acting
/// badge must be a user whose role allows the action.
enum StoreAuthorizer {
    /// - Returns: the acting user, nil on an open floor.
    /// - Throws: `RightsError.unknownUser` or `.notAllowed`.
    @discardableResult
    static func authorize(_ db: StoreDatabase, badge: String, _ permission: Permission) throws -> User? {
        if permission != .editUsers, try UserRecord.count(db) == 0 { return nil }
        guard let user = try UserRecord.fetch(db, badge: badge) else { throw RightsError.unknownUser(badge: badge) }
        try Rights.check(user, permission)
        return user
    }
}
