import GRDB

extension StoreMigrations {
    /// v12: scans carry an optional client key. An offline station's journal replays its scans
    /// with the key it gave each one, and the unique index refuses a key seen before, so a
    /// replay never logs a scan twice. Scans typed live at a connected station have no key
    /// (NULL), which the partial index leaves out.
    static func v12ScanKeys(_ db: GRDB.Database) throws {
        try db.execute(sql: """
            ALTER TABLE scan ADD COLUMN client_key TEXT;
            CREATE UNIQUE INDEX scan_client_key ON scan(client_key) WHERE client_key IS NOT NULL;
            """)
    }
}
