import ToteCore

/// Users: who may sign in and with which role. Every change is checked against `Rights` with
/// the acting badge (`by`) and audited, in one transaction; a refused change writes nothing.
extension FloorStore {
    /// The station name the audit records for changes made from the command line.
    public static let commandLineStation = "cli"

    /// Every user, by badge.
    public func users() throws -> [User] {
        try engine.read(UserRecord.fetchAll)
    }

    /// The user with `badge`; nil when there is none.
    public func user(badge: String) throws -> User? {
        try engine.read { db in try UserRecord.fetch(db, badge: badge) }
    }

    /// How many users the store has; 0 is an open floor (any badge signs in, see `StoreAuthorizer`).
    public func userCount() throws -> Int {
        try engine.read(UserRecord.count)
    }

    /// Adds `user`. With no users yet, the first one must be an admin and needs no actor (the
    /// bootstrap); after that `actor` must be an admin.
    /// - Parameters:
    ///   - actor: the acting admin's badge; ignored for the bootstrap admin.
    ///   - now: milliseconds since 1970.
    /// - Throws: `RightsError` (`.firstUserMustBeAdmin`, `.unknownUser`, `.notAllowed`,
    ///   `.duplicateBadge`, `.invalid`).
    public func addUser(_ user: User, by actor: String?, station: String = commandLineStation, now: Int64) throws {
        try User.validate(badge: user.badge, name: user.name)
        try engine.write { db in
            let bootstrap = try UserRecord.count(db) == 0
            if bootstrap {
                guard user.role == .admin else { throw RightsError.firstUserMustBeAdmin(badge: user.badge, role: user.role) }
            } else {
                try StoreAuthorizer.authorize(db, badge: actor ?? "", .editUsers)
            }
            guard try UserRecord.fetch(db, badge: user.badge) == nil else { throw RightsError.duplicateBadge(badge: user.badge) }
            try db.execute(sql: """
                INSERT INTO users (badge, name, role, pin_hash, language, created_ms, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [user.badge, user.name, user.role.rawValue, user.pin?.encoded, user.language?.rawValue, now, now])
            try AuditEntry(at: now, station: station, actor: bootstrap ? (actor ?? user.badge) : actor!, action: "user-add",
                           after: Self.describe(user)).insert(db)
        }
    }

    /// Changes `badge`'s role; `actor` must be an admin, and the last admin cannot stop being one.
    /// - Throws: `RightsError`.
    public func setRole(badge: String, to role: Role, by actor: String, station: String = commandLineStation,
                        now: Int64) throws {
        try engine.write { db in
            try StoreAuthorizer.authorize(db, badge: actor, .editUsers)
            guard let old = try UserRecord.fetch(db, badge: badge) else { throw RightsError.unknownUser(badge: badge) }
            if old.role == .admin, role != .admin, try UserRecord.adminCount(db) == 1 {
                throw RightsError.lastAdmin(badge: badge)
            }
            try db.execute(sql: "UPDATE users SET role = ?, updated_ms = ? WHERE badge = ?",
                           arguments: [role.rawValue, now, badge])
            var new = old
            new.role = role
            try AuditEntry(at: now, station: station, actor: actor, action: "user-role", before: Self.describe(old),
                           after: Self.describe(new)).insert(db)
        }
    }

    /// Sets or clears (`pin == nil`) `badge`'s PIN; `actor` must be an admin. The audit says
    /// only that a PIN was set, never the hash.
    /// - Throws: `RightsError`.
    public func setPin(badge: String, to pin: PinHash?, by actor: String, station: String = commandLineStation,
                       now: Int64) throws {
        try engine.write { db in
            try StoreAuthorizer.authorize(db, badge: actor, .editUsers)
            guard let old = try UserRecord.fetch(db, badge: badge) else { throw RightsError.unknownUser(badge: badge) }
            try db.execute(sql: "UPDATE users SET pin_hash = ?, updated_ms = ? WHERE badge = ?",
                           arguments: [pin?.encoded, now, badge])
            var new = old
            new.pin = pin
            try AuditEntry(at: now, station: station, actor: actor, action: "user-pin", before: Self.describe(old),
                           after: Self.describe(new)).insert(db)
        }
    }

    /// Removes `badge`; `actor` must be an admin, and the last admin cannot be removed.
    /// - Throws: `RightsError`.
    public func removeUser(badge: String, by actor: String, station: String = commandLineStation, now: Int64) throws {
        try engine.write { db in
            try StoreAuthorizer.authorize(db, badge: actor, .editUsers)
            guard let old = try UserRecord.fetch(db, badge: badge) else { throw RightsError.unknownUser(badge: badge) }
            if old.role == .admin, try UserRecord.adminCount(db) == 1 { throw RightsError.lastAdmin(badge: badge) }
            try db.execute(sql: "DELETE FROM users WHERE badge = ?", arguments: [badge])
            try AuditEntry(at: now, station: station, actor: actor, action: "user-remove", before: Self.describe(old))
                .insert(db)
        }
    }

    /// `B1042 Ana (packer, PIN)`: a user as the audit shows it.
    static func describe(_ user: User) -> String {
        "\(user.badge) \(user.name) (\(user.role.rawValue)\(user.needsPin ? ", PIN" : ""))"
    }
}

extension FloorStore: UserDirectory {}
