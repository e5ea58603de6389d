import ToteCore

/// What the store said about a scanned badge.
public enum BadgeLookup: Equatable, Sendable {
    /// The store has no users at all: any badge signs in, with every right (a fresh floor).
    case openFloor
    /// The store has users and this badge is none of them.
    case unknown
    case user(User)
}

extension UserDirectory {
    /// What the station does with `badge`: an open floor when nobody is set up, else the user
    /// or unknown.
    public func lookUp(badge: String) throws -> BadgeLookup {
        if let user = try user(badge: badge) { return .user(user) }
        return try userCount() == 0 ? .openFloor : .unknown
    }
}
