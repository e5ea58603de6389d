import GRDB

extension StoreMigrations {
    /// v8: short picks and bin recounts.
    /// - `order_line.short_units`: units the line was cut by (partial short picks); the line
    ///   ships `quantity - short_units`, so picking and packing count against that.
    /// - `short_pick`: every confirmed short pick (found, reason, bin empty?, mode).
    /// - `recount_task`: bins to count again; at most one open task per bin.
    /// - `packed_order_log` (v5's trigger) now counts shipped lines and units.
    static func v8ShortPicks(_ db: GRDB.Database) throws {
        try db.execute(sql: """
            ALTER TABLE order_line ADD COLUMN short_units INTEGER NOT NULL DEFAULT 0
                CHECK (short_units BETWEEN 0 AND quantity);

            CREATE TABLE recount_task (
                id              INTEGER PRIMARY KEY AUTOINCREMENT,
                bin             TEXT NOT NULL,
                sku             TEXT NOT NULL,
                reason          TEXT NOT NULL,
                reported_empty  INTEGER NOT NULL CHECK (reported_empty IN (0, 1)),
                opened_at_ms    INTEGER NOT NULL,
                closed_at_ms    INTEGER,
                closed_by       TEXT
            );
            CREATE UNIQUE INDEX recount_task_open_bin ON recount_task(bin) WHERE closed_at_ms IS NULL;

            CREATE TABLE short_pick (
                id            INTEGER PRIMARY KEY AUTOINCREMENT,
                order_number  TEXT NOT NULL,
                line          INTEGER NOT NULL,
                sku           TEXT NOT NULL,
                bin           TEXT NOT NULL,
                needed        INTEGER NOT NULL CHECK (needed >= 1),
                found         INTEGER NOT NULL CHECK (found BETWEEN 0 AND needed),
                reason        TEXT NOT NULL CHECK (reason IN ('not_in_bin', 'damaged', 'wrong_item', 'other')),
                bin_empty     INTEGER NOT NULL CHECK (bin_empty IN (0, 1)),
                mode          TEXT NOT NULL CHECK (mode IN ('exception', 'partial')),
                station       TEXT NOT NULL,
                packer        TEXT NOT NULL,
                at_ms         INTEGER NOT NULL,
                scan_id       INTEGER NOT NULL,
                recount_id    INTEGER NOT NULL REFERENCES recount_task(id)
            );
            CREATE INDEX short_pick_by_order ON short_pick(order_number, id);
            CREATE INDEX short_pick_by_recount ON short_pick(recount_id);
            """)
        // A partial shipment counts the lines and units it ships, not those ordered.
        try db.execute(sql: """
            DROP TRIGGER packed_order_log;
            CREATE TRIGGER packed_order_log AFTER INSERT ON order_event WHEN NEW.to_status = 'packed' BEGIN
                INSERT OR REPLACE INTO packed_order \(packedOrderSelectV8(event: "NEW"));
            END;
            """)
    }

    /// v5's `packed_order` row with shipped quantities (`quantity - short_units`). Frozen with
    /// v8: a later change is a new migration that replaces the trigger.
    private static func packedOrderSelectV8(event e: String) -> String {
        let shipped = "l.order_number = \(e).order_number AND l.requires_shipping AND l.quantity > l.short_units"
        return """
        SELECT \(e).order_number, \(e).at_ms, \(e).station,
            COALESCE((SELECT packer FROM scan WHERE order_number = \(e).order_number ORDER BY id DESC LIMIT 1), ''),
            (SELECT COUNT(*) FROM order_line l WHERE \(shipped)),
            (SELECT COALESCE(SUM(l.quantity - l.short_units), 0) FROM order_line l WHERE \(shipped)),
            (SELECT COUNT(DISTINCT COALESCE(s.bin, l.sku)) FROM order_line l LEFT JOIN sku s ON s.code = l.sku
             WHERE \(shipped)),
            \(e).at_ms - (SELECT MIN(at_ms) FROM order_event
                          WHERE order_number = \(e).order_number AND to_status = 'picking'),
            (SELECT MIN(at_ms) FROM order_event WHERE order_number = \(e).order_number AND to_status = 'picked')
              - (SELECT MIN(at_ms) FROM order_event WHERE order_number = \(e).order_number AND to_status = 'picking'),
            \(e).at_ms - (SELECT MAX(at_ms) FROM order_event
                          WHERE order_number = \(e).order_number AND to_status = 'packing')
        """
    }
}
