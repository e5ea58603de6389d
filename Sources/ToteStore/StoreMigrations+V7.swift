import GRDB

extension StoreMigrations {
    /// v7: a SHORT or DAMAGED scan is an exception only when the station accepted it. A
    /// refused one (scanned where it means nothing) stays in the scan log as a mis-scan and no
    /// longer shows on the supervisor's exception list.
    static func v7AcceptedExceptions(_ db: GRDB.Database) throws {
        try db.execute(sql: """
            DROP TRIGGER scan_exception_log;
            DELETE FROM scan_exception WHERE scan_id IN (SELECT id FROM scan WHERE outcome <> 'accepted');
            CREATE TRIGGER scan_exception_log AFTER INSERT ON scan
            WHEN NEW.kind = 'command' AND NEW.outcome = 'accepted'
                 AND (upper(NEW.raw) LIKE '%SHORT' OR upper(NEW.raw) LIKE '%DAMAGED') BEGIN
                INSERT OR REPLACE INTO scan_exception (scan_id, at_ms, station, packer, order_number, what)
                VALUES (NEW.id, NEW.at_ms, NEW.station, NEW.packer, NEW.order_number,
                        CASE WHEN upper(NEW.raw) LIKE '%SHORT' THEN 'short_pick' ELSE 'damaged' END);
            END;
            """)
    }
}
