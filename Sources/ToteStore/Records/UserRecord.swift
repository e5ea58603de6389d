import ToteCore

/// Reads and writes `users` rows.
enum UserRecord {
    static func count(_ db: StoreDatabase) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM users")) ?? 0
    }

    static func adminCount(_ db: StoreDatabase) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM users WHERE role = 'admin'")) ?? 0
    }

    static func fetch(_ db: StoreDatabase, badge: String) throws -> User? {
        try StoreRow.fetchOne(db.cachedStatement(sql: "SELECT badge, name, role, pin_hash, language FROM users WHERE badge = ?"),
                         arguments: [badge]).map { try user($0) }
    }

    static func fetchAll(_ db: StoreDatabase) throws -> [User] {
        try StoreRow.fetchAll(db, sql: "SELECT badge, name, role, pin_hash, language FROM users ORDER BY badge").map { try user($0) }
    }

    private static func user(_ row: StoreRow) throws -> User {
        let badge: String = row["badge"]
        let role: Role = try StoreDataError.decode(row["role"], column: "users.role", key: badge)
        let encoded: String? = row["pin_hash"]
        var pin: PinHash?
        if let encoded {
            guard let hash = PinHash(encoded: encoded) else {
                throw StoreDataError(column: "users.pin_hash", value: "(not a PIN hash)", key: badge)
            }
            pin = hash
        }
        let code: String? = row["language"]
        // A language this build does not speak (written by a newer Tote) falls back to the station's.
        return User(badge: badge, name: row["name"], role: role, pin: pin, language: code.flatMap(Language.init(rawValue:)))
    }
}
