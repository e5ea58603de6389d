import GRDB

extension StoreMigrations {
    /// v9: the pack checklist beyond line counts. Inserts, materials, the gift card, cartons and
    /// supervisor overrides are kept per order and checklist key (`PackPlanItem.key`), the scale
    /// reading and the packer's service choice per order, so a restarted station resumes the
    /// box exactly where it was. Scan rows keep the extra effect fields for audits. Orders keep
    /// the customer's tags, for `customer_tag` rules.
    static func v9PackSession(_ db: GRDB.Database) throws {
        try db.execute(sql: """
            CREATE TABLE pack_check (
                order_number    TEXT NOT NULL REFERENCES orders(number) ON DELETE CASCADE,
                key             TEXT NOT NULL,
                units           INTEGER NOT NULL DEFAULT 0 CHECK (units >= 0),
                carton_code     TEXT,
                override_by     TEXT,
                override_reason TEXT,
                PRIMARY KEY (order_number, key)
            ) WITHOUT ROWID;
            ALTER TABLE orders ADD COLUMN weighed_g INTEGER CHECK (weighed_g IS NULL OR weighed_g > 0);
            ALTER TABLE orders ADD COLUMN chosen_service TEXT;
            ALTER TABLE orders ADD COLUMN customer_tags_json TEXT;
            ALTER TABLE scan ADD COLUMN effect_units INTEGER;
            ALTER TABLE scan ADD COLUMN effect_key TEXT;
            ALTER TABLE scan ADD COLUMN effect_text TEXT;
            ALTER TABLE scan ADD COLUMN effect_note TEXT;
            """)
    }
}
