import GRDB

extension StoreMigrations {
    /// v10: users (badge, name, role, salted PIN hash) and the audit log of every state change.
    ///
    /// `audit_log` has no foreign keys, like the scan log: it must outlive the orders and users
    /// it names. `at_ms` is milliseconds since 1970; `before`/`after` are short text.
    static func v10UsersAudit(_ db: GRDB.Database) throws {
        try db.execute(sql: """
            CREATE TABLE users (
                badge       TEXT PRIMARY KEY NOT NULL,
                name        TEXT NOT NULL,
                role        TEXT NOT NULL CHECK (role IN ('packer', 'lead', 'supervisor', 'admin')),
                pin_hash    TEXT,
                language    TEXT,
                created_ms  INTEGER NOT NULL,
                updated_ms  INTEGER NOT NULL
            );
            CREATE TABLE audit_log (
                id            INTEGER PRIMARY KEY AUTOINCREMENT,
                at_ms         INTEGER NOT NULL,
                station       TEXT NOT NULL,
                actor         TEXT NOT NULL,
                action        TEXT NOT NULL,
                order_number  TEXT,
                before        TEXT,
                after         TEXT
            );
            CREATE INDEX audit_log_by_order ON audit_log(order_number, id) WHERE order_number IS NOT NULL;
            """)
    }
}
