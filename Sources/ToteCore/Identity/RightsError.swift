/// Why an action or a sign-in was refused; every case says who, what and what to do.
public enum RightsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `badge` is a user whose role does not allow the action.
    case notAllowed(Permission, badge: String, name: String, role: Role)
    /// The store has users and none has this badge.
    case unknownUser(badge: String)
    /// The PIN given does not match the user's.
    case wrongPin(badge: String)
    /// The user has a PIN and none was given.
    case pinRequired(badge: String)
    /// Only an admin may be the first user of a store (else nobody could add the others).
    case firstUserMustBeAdmin(badge: String, role: Role)
    /// The change would leave the store without an admin.
    case lastAdmin(badge: String)
    /// `users add` for a badge that is already a user.
    case duplicateBadge(badge: String)
    /// A badge or name the store cannot keep (empty, control characters, too long).
    case invalid(field: String, value: String, reason: String)

    public var description: String {
        switch self {
        case .notAllowed(let permission, let badge, let name, let role):
            let needed = Rights.minimumRole(for: permission)
            return "\(permission.activity) needs \(needed.withArticle); \(badge) \(name) is \(role.withArticle)."
        case .unknownUser(let badge):
            return "Badge \(badge) is not a user of this store; an admin adds it with `tote users add \(badge)`."
        case .wrongPin(let badge):
            return "Wrong PIN for badge \(badge); nothing was done."
        case .pinRequired(let badge):
            return "Badge \(badge) has a PIN; give it to act as \(badge)."
        case .firstUserMustBeAdmin(let badge, let role):
            return "The store has no users yet, so the first one must be an admin (\(badge) was to be \(role.withArticle))."
        case .lastAdmin(let badge):
            return "\(badge) is the last admin; add another admin first, or nobody could manage users."
        case .duplicateBadge(let badge):
            return "Badge \(badge) is already a user; use `tote users set-role` to change its role."
        case .invalid(let field, let value, let reason):
            return "\(field) \"\(value)\": \(reason)."
        }
    }
}
