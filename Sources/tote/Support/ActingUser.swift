import ToteCore
import ToteStore

/// `--as BADGE` on commands that need rights: proves the badge with its PIN, if it has one.
/// The store then checks the badge's rights in the transaction that makes the change.
enum ActingUser {
    /// The badge to act as, its PIN checked. On an open floor (no users) any badge passes.
    /// - Throws: `RightsError.unknownUser`, `.wrongPin`.
    static func verify(_ badge: String, in store: FloorStore) throws -> String {
        let badge = badge.uppercased()
        guard try store.userCount() > 0 else { return badge }
        guard let user = try store.user(badge: badge) else { throw RightsError.unknownUser(badge: badge) }
        if let hash = user.pin {
            let pin = try PinReader.read(prompt: "PIN for \(badge) \(user.name): ")
            guard hash.matches(pin) else { throw RightsError.wrongPin(badge: badge) }
        }
        return badge
    }
}
