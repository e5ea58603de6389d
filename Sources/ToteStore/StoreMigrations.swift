import GRDB

/// The schema history of a Tote store.
///
/// Invariant: a migration that has shipped is never edited. A schema change is a new
/// migration named `v<N+1>`, so the number of known migrations is the schema version.
enum StoreMigrations {
    /// The schema version this build writes and understands.
    static var supportedVersion: Int { makeMigrator().migrations.count }

    static func makeMigrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: v1)
        migrator.registerMigration("v2-import", migrate: v2Import)
        migrator.registerMigration("v3-scan-timing", migrate: v3ScanTiming)
        migrator.registerMigration("v4-printing", migrate: v4Printing)
        migrator.registerMigration("v5-metrics", migrate: v5Metrics)
        migrator.registerMigration("v6-pick-distance", migrate: v6PickDistance)
        migrator.registerMigration("v7-accepted-exceptions", migrate: v7AcceptedExceptions)
        migrator.registerMigration("v8-short-picks", migrate: v8ShortPicks)
        migrator.registerMigration("v9-pack-session", migrate: v9PackSession)
        migrator.registerMigration("v10-users-audit", migrate: v10UsersAudit)
        migrator.registerMigration("v11-carts", migrate: v11Carts)
        migrator.registerMigration("v12-scan-keys", migrate: v12ScanKeys)
        return migrator
    }

    /// The version a file's applied migration identifiers imply. Identifiers a newer Tote
    /// wrote may follow another naming scheme, so the count is a floor.
    static func version(ofApplied identifiers: Set<String>) -> Int {
        let numbered = identifiers.compactMap { id -> Int? in
            id.hasPrefix("v") ? Int(id.dropFirst()) : nil
        }
        return max(numbered.max() ?? 0, identifiers.count)
    }

    /// Times: `ship_by` and `created_at` are seconds since 1970 (as on `Order`); every `*_ms`
    /// and `claimed_at`/`packed_at` column is milliseconds since 1970 (as the `Clock` gives).
    private static func v1(_ db: GRDB.Database) throws {
        try db.execute(sql: """
            CREATE TABLE sku (
                code      TEXT PRIMARY KEY NOT NULL,
                name      TEXT NOT NULL,
                weight_g  INTEGER NOT NULL CHECK (weight_g >= 0),
                bin       TEXT NOT NULL
            );
            CREATE TABLE sku_barcode (
                gtin14        TEXT PRIMARY KEY NOT NULL,
                sku           TEXT NOT NULL REFERENCES sku(code) ON DELETE CASCADE,
                barcode_text  TEXT NOT NULL
            );
            CREATE INDEX sku_barcode_by_sku ON sku_barcode(sku);

            CREATE TABLE orders (
                number         TEXT PRIMARY KEY NOT NULL,
                channel        TEXT NOT NULL,
                priority       INTEGER NOT NULL,
                service        TEXT NOT NULL,
                carrier        TEXT NOT NULL,
                ship_by        INTEGER NOT NULL,
                created_at     INTEGER NOT NULL,
                status         TEXT NOT NULL,
                claimed_by     TEXT,
                claimed_at     INTEGER,
                label_path     TEXT,
                packed_at      INTEGER,
                ship_to_json   TEXT NOT NULL,
                customer_name  TEXT NOT NULL
            );
            CREATE INDEX orders_queue ON orders(status, priority DESC, ship_by, created_at, number);
            CREATE INDEX orders_claimed_by ON orders(claimed_by) WHERE claimed_by IS NOT NULL;

            CREATE TABLE order_line (
                order_number  TEXT NOT NULL REFERENCES orders(number) ON DELETE CASCADE,
                line          INTEGER NOT NULL,
                sku           TEXT NOT NULL,
                name          TEXT NOT NULL,
                quantity      INTEGER NOT NULL CHECK (quantity >= 1),
                picked        INTEGER NOT NULL DEFAULT 0,
                packed        INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (order_number, line),
                CHECK (picked BETWEEN 0 AND quantity),
                CHECK (packed BETWEEN 0 AND quantity)
            );

            -- The scan and event logs are audits: no foreign keys, so they can name an order
            -- number the store does not hold (a mistyped or stale one) without refusing the log.
            CREATE TABLE scan (
                id            INTEGER PRIMARY KEY AUTOINCREMENT,
                at_ms         INTEGER NOT NULL,
                station       TEXT NOT NULL,
                packer        TEXT NOT NULL,
                raw           TEXT NOT NULL,
                kind          TEXT NOT NULL,
                outcome       TEXT NOT NULL,
                order_number  TEXT,
                phase         TEXT NOT NULL,
                effect        TEXT,
                effect_line   INTEGER
            );
            CREATE INDEX scan_by_order ON scan(order_number, id);

            CREATE TABLE order_event (
                id            INTEGER PRIMARY KEY AUTOINCREMENT,
                order_number  TEXT NOT NULL,
                at_ms         INTEGER NOT NULL,
                station       TEXT NOT NULL,
                from_status   TEXT NOT NULL,
                to_status     TEXT NOT NULL
            );
            CREATE INDEX order_event_by_order ON order_event(order_number, id);
            """)
    }
}
