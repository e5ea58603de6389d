import GRDB

extension StoreMigrations {
    /// v5-metrics: what the supervisor dashboard, `tote report` and `/metrics` read.
    ///
    /// - Time-window indexes on the logs (`scan(at_ms)`, `scan(station, at_ms)`,
    ///   `order_event(at_ms)`) and partial indexes over open orders by cutoff and by carrier.
    /// - `scan_minute`: scans per minute (`at_ms / 60000`), station, packer and outcome, kept by
    ///   a trigger on every insert into `scan`, so a dashboard reads hundreds of rows per shift,
    ///   not millions of scans.
    /// - `packed_order`: one row per packed order (station, packer of its last scan, lines,
    ///   units, distinct bins, and the ms spent picking, packing and in all), kept by a trigger on
    ///   the `order_event` row that moves the order to `packed`.
    /// - `scan_exception`: SHORT and DAMAGED scans, kept by a trigger.
    /// - `order_event.action`, `.actor`: which supervisor action wrote the row and who did it
    ///   (NULL for station transitions).
    ///
    /// Existing scans and packed events are folded into the new tables. Times: `*_ms` are
    /// milliseconds since 1970, `minute` is minutes since 1970.
    static func v5Metrics(_ db: GRDB.Database) throws {
        try db.execute(sql: """
            ALTER TABLE order_event ADD COLUMN action TEXT;
            ALTER TABLE order_event ADD COLUMN actor TEXT;
            CREATE INDEX scan_at ON scan(at_ms);
            CREATE INDEX scan_station_at ON scan(station, at_ms);
            CREATE INDEX order_event_at ON order_event(at_ms);
            CREATE INDEX order_event_by_order_status ON order_event(order_number, to_status, at_ms);
            CREATE INDEX orders_open_ship_by ON orders(ship_by, number)
                WHERE status IN ('new', 'picking', 'picked', 'packing');
            CREATE INDEX orders_open_carrier ON orders(carrier, service)
                WHERE status IN ('new', 'picking', 'picked', 'packing');

            CREATE TABLE scan_minute (
                minute   INTEGER NOT NULL,
                station  TEXT NOT NULL,
                packer   TEXT NOT NULL,
                outcome  TEXT NOT NULL,
                scans    INTEGER NOT NULL,
                PRIMARY KEY (minute, station, packer, outcome)
            ) WITHOUT ROWID;
            INSERT INTO scan_minute (minute, station, packer, outcome, scans)
                SELECT at_ms / 60000, station, packer, outcome, COUNT(*) FROM scan
                GROUP BY at_ms / 60000, station, packer, outcome;
            CREATE TRIGGER scan_minute_count AFTER INSERT ON scan BEGIN
                INSERT INTO scan_minute (minute, station, packer, outcome, scans)
                VALUES (NEW.at_ms / 60000, NEW.station, NEW.packer, NEW.outcome, 1)
                ON CONFLICT (minute, station, packer, outcome) DO UPDATE SET scans = scans + 1;
            END;

            CREATE TABLE scan_exception (
                scan_id       INTEGER PRIMARY KEY NOT NULL,
                at_ms         INTEGER NOT NULL,
                station       TEXT NOT NULL,
                packer        TEXT NOT NULL,
                order_number  TEXT,
                what          TEXT NOT NULL CHECK (what IN ('short_pick', 'damaged'))
            );
            CREATE INDEX scan_exception_at ON scan_exception(at_ms);
            INSERT INTO scan_exception (scan_id, at_ms, station, packer, order_number, what)
                SELECT id, at_ms, station, packer, order_number,
                       CASE WHEN upper(raw) LIKE '%SHORT' THEN 'short_pick' ELSE 'damaged' END
                FROM scan WHERE kind = 'command' AND (upper(raw) LIKE '%SHORT' OR upper(raw) LIKE '%DAMAGED');
            CREATE TRIGGER scan_exception_log AFTER INSERT ON scan
            WHEN NEW.kind = 'command' AND (upper(NEW.raw) LIKE '%SHORT' OR upper(NEW.raw) LIKE '%DAMAGED') BEGIN
                INSERT OR REPLACE INTO scan_exception (scan_id, at_ms, station, packer, order_number, what)
                VALUES (NEW.id, NEW.at_ms, NEW.station, NEW.packer, NEW.order_number,
                        CASE WHEN upper(NEW.raw) LIKE '%SHORT' THEN 'short_pick' ELSE 'damaged' END);
            END;

            CREATE TABLE packed_order (
                order_number  TEXT PRIMARY KEY NOT NULL,
                packed_at_ms  INTEGER NOT NULL,
                station       TEXT NOT NULL,
                packer        TEXT NOT NULL,
                lines         INTEGER NOT NULL,
                units         INTEGER NOT NULL,
                bins          INTEGER NOT NULL,
                work_ms       INTEGER,
                pick_ms       INTEGER,
                pack_ms       INTEGER
            );
            CREATE INDEX packed_order_at ON packed_order(packed_at_ms);
            """)
        try db.execute(sql: "INSERT OR REPLACE INTO packed_order " + packedOrderSelect(event: "e")
                       + " FROM order_event e WHERE e.to_status = 'packed' ORDER BY e.id")
        try db.execute(sql: """
            CREATE TRIGGER packed_order_log AFTER INSERT ON order_event WHEN NEW.to_status = 'packed' BEGIN
                INSERT OR REPLACE INTO packed_order \(packedOrderSelect(event: "NEW"));
            END;
            """)
    }

    /// The `SELECT` list of one `packed_order` row for the `order_event` row named `event`.
    /// Frozen with v5: a later change is a new migration that replaces the trigger.
    private static func packedOrderSelect(event e: String) -> String {
        """
        SELECT \(e).order_number, \(e).at_ms, \(e).station,
            COALESCE((SELECT packer FROM scan WHERE order_number = \(e).order_number ORDER BY id DESC LIMIT 1), ''),
            (SELECT COUNT(*) FROM order_line WHERE order_number = \(e).order_number AND requires_shipping),
            (SELECT COALESCE(SUM(quantity), 0) FROM order_line WHERE order_number = \(e).order_number AND requires_shipping),
            (SELECT COUNT(DISTINCT COALESCE(s.bin, l.sku)) FROM order_line l LEFT JOIN sku s ON s.code = l.sku
             WHERE l.order_number = \(e).order_number AND l.requires_shipping),
            \(e).at_ms - (SELECT MIN(at_ms) FROM order_event
                          WHERE order_number = \(e).order_number AND to_status = 'picking'),
            (SELECT MIN(at_ms) FROM order_event WHERE order_number = \(e).order_number AND to_status = 'picked')
              - (SELECT MIN(at_ms) FROM order_event WHERE order_number = \(e).order_number AND to_status = 'picking'),
            \(e).at_ms - (SELECT MAX(at_ms) FROM order_event
                          WHERE order_number = \(e).order_number AND to_status = 'packing')
        """
    }
}
