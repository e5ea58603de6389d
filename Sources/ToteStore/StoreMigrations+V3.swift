import GRDB

extension StoreMigrations {
    /// v3: how each scan was typed, so a supervisor can tell scanner reads from hand-typed
    /// barcodes, and which symbology the scanner announced.
    static func v3ScanTiming(_ db: GRDB.Database) throws {
        try db.execute(sql: """
            ALTER TABLE scan ADD COLUMN max_gap_ms INTEGER;
            ALTER TABLE scan ADD COLUMN symbology TEXT;
            """)
    }
}
