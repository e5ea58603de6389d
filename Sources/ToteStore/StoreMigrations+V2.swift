import GRDB

extension StoreMigrations {
    /// v2-import: what `tote import` brings beyond the demo, and the flags an import raises on
    /// orders a station holds.
    ///
    /// Times as in v1: `paid_at` is seconds since 1970; `*_at` flag columns are milliseconds.
    /// Prices are minor currency units (hundredths). Tag lists are JSON arrays of strings.
    static func v2Import(_ db: GRDB.Database) throws {
        try db.execute(sql: """
            ALTER TABLE orders ADD COLUMN paid_at INTEGER;
            ALTER TABLE orders ADD COLUMN customer_email TEXT;
            ALTER TABLE orders ADD COLUMN customer_first_order INTEGER;
            ALTER TABLE orders ADD COLUMN gift INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE orders ADD COLUMN gift_message TEXT;
            ALTER TABLE orders ADD COLUMN notes TEXT;
            ALTER TABLE orders ADD COLUMN tags_json TEXT;
            ALTER TABLE orders ADD COLUMN currency TEXT;
            -- FNV-1a 64 of the order as last imported: an identical re-import changes nothing.
            ALTER TABLE orders ADD COLUMN import_digest INTEGER;
            -- Set when an import brought a changed order while a station worked on it.
            ALTER TABLE orders ADD COLUMN changed_while_claimed_at INTEGER;
            ALTER TABLE orders ADD COLUMN pending_json TEXT;
            ALTER TABLE orders ADD COLUMN pending_digest INTEGER;
            -- Set when an import reported the order cancelled while a station worked on it.
            ALTER TABLE orders ADD COLUMN cancel_requested_at INTEGER;
            CREATE INDEX orders_flagged ON orders(number)
                WHERE changed_while_claimed_at IS NOT NULL OR cancel_requested_at IS NOT NULL;
            CREATE INDEX orders_claimed_at ON orders(claimed_at) WHERE claimed_by IS NOT NULL;

            ALTER TABLE order_line ADD COLUMN unit_price_minor INTEGER;
            ALTER TABLE order_line ADD COLUMN requires_shipping INTEGER NOT NULL DEFAULT 1;
            ALTER TABLE order_line ADD COLUMN barcode TEXT;

            ALTER TABLE sku ADD COLUMN length_mm INTEGER;
            ALTER TABLE sku ADD COLUMN width_mm INTEGER;
            ALTER TABLE sku ADD COLUMN height_mm INTEGER;
            ALTER TABLE sku ADD COLUMN tags_json TEXT;
            CREATE TABLE sku_bin (
                sku       TEXT NOT NULL REFERENCES sku(code) ON DELETE CASCADE,
                position  INTEGER NOT NULL,
                bin       TEXT NOT NULL,
                quantity  INTEGER NOT NULL,
                PRIMARY KEY (sku, position)
            );
            """)
    }
}
