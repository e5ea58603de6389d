/// The rights table: the least role allowed each `Permission`. Roles are ordered, so a role may
/// do everything the roles below it may.
///
/// | role       | may                                                   |
/// |------------|-------------------------------------------------------|
/// | packer     | reprint                                               |
/// | lead       | + release another station's claim, override a missing item |
/// | supervisor | + void a label, cancel an order                       |
/// | admin      | + edit users                                          |
public enum Rights {
    /// The least role that may do `permission`.
    public static func minimumRole(for permission: Permission) -> Role {
        switch permission {
        case .reprint: return .packer
        case .releaseOtherClaim, .overrideMissingItem: return .lead
        case .voidLabel, .cancelOrder: return .supervisor
        case .editUsers: return .admin
        }
    }

    /// True when `role` may do `permission`.
    public static func allows(_ role: Role, _ permission: Permission) -> Bool {
        role >= minimumRole(for: permission)
    }

    /// Everything `role` may do, in `Permission.allCases` order.
    public static func permissions(of role: Role) -> [Permission] {
        Permission.allCases.filter { allows(role, $0) }
    }

    /// Refuses `user` an action its role does not allow.
    /// - Throws: `RightsError.notAllowed`, whose text names the action, the role it needs and
    ///   who asked ("Voiding a label needs a supervisor; B1042 Ana is a packer.").
    public static func check(_ user: User, _ permission: Permission) throws {
        guard allows(user.role, permission) else {
            throw RightsError.notAllowed(permission, badge: user.badge, name: user.name, role: user.role)
        }
    }
}
