extension PostgresMigrations {
    /// v5-metrics, as SQLite's `StoreMigrations.v5Metrics`: log indexes, and the `scan_minute`,
    /// `scan_exception` and `packed_order` tables kept by triggers.
    ///
    /// - `scan_minute_count`: every scan adds one to its (minute, station, packer, outcome) row;
    ///   `at_ms / 60000` is integer division on both engines (truncates toward zero).
    /// - `scan_exception_log`: SHORT and DAMAGED command scans (v7 narrows it to accepted ones).
    /// - `packed_order_log`: the `order_event` row moving an order to `packed` writes (or
    ///   rewrites) the order's row; v8 replaces its function.
    /// The backfills fold existing rows in as SQLite's do; `INSERT OR REPLACE … ORDER BY e.id`
    /// keeps the last packed event per order, so here `DISTINCT ON` picks that event.
    static let v5 = """
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
            minute   BIGINT NOT NULL,
            station  TEXT NOT NULL,
            packer   TEXT NOT NULL,
            outcome  TEXT NOT NULL,
            scans    BIGINT NOT NULL,
            PRIMARY KEY (minute, station, packer, outcome)
        );
        INSERT INTO scan_minute (minute, station, packer, outcome, scans)
            SELECT at_ms / 60000, station, packer, outcome, COUNT(*) FROM scan
            GROUP BY at_ms / 60000, station, packer, outcome;
        CREATE FUNCTION scan_minute_count() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO scan_minute (minute, station, packer, outcome, scans)
            VALUES (NEW.at_ms / 60000, NEW.station, NEW.packer, NEW.outcome, 1)
            ON CONFLICT (minute, station, packer, outcome) DO UPDATE SET scans = scan_minute.scans + 1;
            RETURN NULL;
        END;
        $$;
        CREATE TRIGGER scan_minute_count AFTER INSERT ON scan
            FOR EACH ROW EXECUTE FUNCTION scan_minute_count();

        CREATE TABLE scan_exception (
            scan_id       BIGINT PRIMARY KEY NOT NULL,
            at_ms         BIGINT NOT NULL,
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
        CREATE FUNCTION scan_exception_log() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO scan_exception (scan_id, at_ms, station, packer, order_number, what)
            VALUES (NEW.id, NEW.at_ms, NEW.station, NEW.packer, NEW.order_number,
                    CASE WHEN upper(NEW.raw) LIKE '%SHORT' THEN 'short_pick' ELSE 'damaged' END)
            ON CONFLICT (scan_id) DO UPDATE SET
                at_ms = EXCLUDED.at_ms, station = EXCLUDED.station, packer = EXCLUDED.packer,
                order_number = EXCLUDED.order_number, what = EXCLUDED.what;
            RETURN NULL;
        END;
        $$;
        CREATE TRIGGER scan_exception_log AFTER INSERT ON scan FOR EACH ROW
            WHEN (NEW.kind = 'command' AND (upper(NEW.raw) LIKE '%SHORT' OR upper(NEW.raw) LIKE '%DAMAGED'))
            EXECUTE FUNCTION scan_exception_log();

        CREATE TABLE packed_order (
            order_number  TEXT PRIMARY KEY NOT NULL,
            packed_at_ms  BIGINT NOT NULL,
            station       TEXT NOT NULL,
            packer        TEXT NOT NULL,
            lines         BIGINT NOT NULL,
            units         BIGINT NOT NULL,
            bins          BIGINT NOT NULL,
            work_ms       BIGINT,
            pick_ms       BIGINT,
            pack_ms       BIGINT
        );
        CREATE INDEX packed_order_at ON packed_order(packed_at_ms);
        INSERT INTO packed_order
        SELECT e.order_number, e.at_ms, e.station,
            COALESCE((SELECT packer FROM scan WHERE order_number = e.order_number ORDER BY id DESC LIMIT 1), ''),
            (SELECT COUNT(*) FROM order_line WHERE order_number = e.order_number AND requires_shipping <> 0),
            (SELECT COALESCE(SUM(quantity), 0) FROM order_line WHERE order_number = e.order_number AND requires_shipping <> 0),
            (SELECT COUNT(DISTINCT COALESCE(s.bin, l.sku)) FROM order_line l LEFT JOIN sku s ON s.code = l.sku
             WHERE l.order_number = e.order_number AND l.requires_shipping <> 0),
            e.at_ms - (SELECT MIN(at_ms) FROM order_event
                       WHERE order_number = e.order_number AND to_status = 'picking'),
            (SELECT MIN(at_ms) FROM order_event WHERE order_number = e.order_number AND to_status = 'picked')
              - (SELECT MIN(at_ms) FROM order_event WHERE order_number = e.order_number AND to_status = 'picking'),
            e.at_ms - (SELECT MAX(at_ms) FROM order_event
                       WHERE order_number = e.order_number AND to_status = 'packing')
        FROM (SELECT DISTINCT ON (order_number) * FROM order_event WHERE to_status = 'packed'
              ORDER BY order_number, id DESC) e;
        CREATE FUNCTION packed_order_log() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO packed_order
            SELECT NEW.order_number, NEW.at_ms, NEW.station,
                COALESCE((SELECT packer FROM scan WHERE order_number = NEW.order_number ORDER BY id DESC LIMIT 1), ''),
                (SELECT COUNT(*) FROM order_line WHERE order_number = NEW.order_number AND requires_shipping <> 0),
                (SELECT COALESCE(SUM(quantity), 0) FROM order_line
                 WHERE order_number = NEW.order_number AND requires_shipping <> 0),
                (SELECT COUNT(DISTINCT COALESCE(s.bin, l.sku)) FROM order_line l LEFT JOIN sku s ON s.code = l.sku
                 WHERE l.order_number = NEW.order_number AND l.requires_shipping <> 0),
                NEW.at_ms - (SELECT MIN(at_ms) FROM order_event
                             WHERE order_number = NEW.order_number AND to_status = 'picking'),
                (SELECT MIN(at_ms) FROM order_event WHERE order_number = NEW.order_number AND to_status = 'picked')
                  - (SELECT MIN(at_ms) FROM order_event WHERE order_number = NEW.order_number AND to_status = 'picking'),
                NEW.at_ms - (SELECT MAX(at_ms) FROM order_event
                             WHERE order_number = NEW.order_number AND to_status = 'packing')
            ON CONFLICT (order_number) DO UPDATE SET
                packed_at_ms = EXCLUDED.packed_at_ms, station = EXCLUDED.station, packer = EXCLUDED.packer,
                lines = EXCLUDED.lines, units = EXCLUDED.units, bins = EXCLUDED.bins,
                work_ms = EXCLUDED.work_ms, pick_ms = EXCLUDED.pick_ms, pack_ms = EXCLUDED.pack_ms;
            RETURN NULL;
        END;
        $$;
        CREATE TRIGGER packed_order_log AFTER INSERT ON order_event FOR EACH ROW
            WHEN (NEW.to_status = 'packed')
            EXECUTE FUNCTION packed_order_log();
        """
}
