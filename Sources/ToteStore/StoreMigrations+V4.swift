import GRDB

extension StoreMigrations {
    /// v4: the persistent print queue, tracking-serial counters and issued tracking numbers.
    ///
    /// - `print_job.job_key` (`order|carton|kind|copy`) is unique: enqueueing a carton's document
    ///   twice keeps one job; REPRINT adds copy N+1.
    /// - `tracking_serial.next_serial` only grows, inside one write transaction per allocation, so
    ///   no serial is issued twice, whichever station asks.
    /// - `tracking_number` keeps every number ever issued; VOID sets `voided_at_ms` and the reason.
    /// Times are milliseconds since 1970.
    static func v4Printing(_ db: GRDB.Database) throws {
        try db.execute(sql: """
            CREATE TABLE print_job (
                id               INTEGER PRIMARY KEY AUTOINCREMENT,
                job_key          TEXT NOT NULL UNIQUE,
                order_number     TEXT NOT NULL,
                carton           INTEGER NOT NULL CHECK (carton >= 0),
                kind             TEXT NOT NULL,
                copy             INTEGER NOT NULL CHECK (copy >= 0),
                printer          TEXT NOT NULL,
                payload          BLOB NOT NULL,
                status           TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'done', 'failed')),
                attempts         INTEGER NOT NULL DEFAULT 0,
                next_attempt_ms  INTEGER NOT NULL,
                sent_at_ms       INTEGER,
                done_at_ms       INTEGER,
                last_error       TEXT,
                created_ms       INTEGER NOT NULL
            );
            CREATE INDEX print_job_due ON print_job(status, printer, next_attempt_ms, id);
            CREATE INDEX print_job_by_order ON print_job(order_number, carton, kind, copy);

            CREATE TABLE tracking_serial (
                carrier      TEXT NOT NULL,
                account      TEXT NOT NULL,
                next_serial  INTEGER NOT NULL,
                PRIMARY KEY (carrier, account)
            );

            CREATE TABLE tracking_number (
                number         TEXT PRIMARY KEY NOT NULL,
                carrier        TEXT NOT NULL,
                order_number   TEXT NOT NULL,
                carton         INTEGER NOT NULL,
                issued_at_ms   INTEGER NOT NULL,
                voided_at_ms   INTEGER,
                voided_by      TEXT,
                void_reason    TEXT
            );
            CREATE INDEX tracking_by_carton ON tracking_number(order_number, carton, issued_at_ms);
            """)
    }
}
