import ToteCore

/// Rows of the append-only `scan` log.
enum ScanRow {
    /// Appends `scan` with `outcome` (which may differ from `scan.outcome` when the store
    /// refused the effect). The attempted effect is kept either way, for audits.
    /// - Returns: the new row's id.
    @discardableResult
    static func insert(_ scan: ScanRecord, outcome: String, _ db: StoreDatabase) throws -> Int64 {
        let c = EffectColumns(scan.effect)
        let id = try Int64.fetchOne(db.cachedStatement(sql: """
            INSERT INTO scan (at_ms, station, packer, raw, kind, outcome, order_number, phase, effect, effect_line,
                              max_gap_ms, symbology, effect_units, effect_key, effect_text, effect_note, client_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
            """), arguments: [
                scan.at, scan.station, scan.packer, scan.raw, scan.kind, outcome,
                scan.orderNumber, scan.phase.rawValue, c.name, c.line, scan.maxGapMillis, scan.symbology,
                c.units, c.key, c.text, c.note, scan.journalKey,
            ])
        guard let id else { preconditionFailure("INSERT … RETURNING gives the new row") }
        return id
    }

    /// The scans logged against `order`, oldest first.
    static func fetchAll(_ db: StoreDatabase, order number: String) throws -> [ScanRecord] {
        try StoreRow.fetchAll(db, sql: "SELECT * FROM scan WHERE order_number = ? ORDER BY id", arguments: [number])
            .map(record(from:))
    }

    /// The scans `station` logged, oldest first, from the `offset`-th of them on.
    static func fetchAll(_ db: StoreDatabase, station: String, offset: Int) throws -> [ScanRecord] {
        try StoreRow.fetchAll(db, sql: "SELECT * FROM scan WHERE station = ? ORDER BY id LIMIT 9223372036854775807 OFFSET ?",
                         arguments: [station, offset])
            .map(record(from:))
    }

    /// The outcome logged for the scan with journal key `key`; nil when none was logged.
    static func outcome(journalKey key: String, _ db: StoreDatabase) throws -> String? {
        try String.fetchOne(db, sql: "SELECT outcome FROM scan WHERE client_key = ?", arguments: [key])
    }

    static func count(_ db: StoreDatabase) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM scan") ?? 0
    }

    private static func record(from row: StoreRow) throws -> ScanRecord {
        let id: Int64 = row["id"]
        let phase: ScanRecord.Phase = try StoreDataError.decode(row["phase"], column: "scan.phase", key: "scan \(id)")
        let columns = EffectColumns(name: row["effect"], line: row["effect_line"], units: row["effect_units"],
                                    key: row["effect_key"], text: row["effect_text"], note: row["effect_note"])
        guard let effect = columns.effect else {
            throw StoreDataError(column: "scan.effect", value: columns.name ?? "", key: "scan \(id)")
        }
        return ScanRecord(at: row["at_ms"], station: row["station"], packer: row["packer"], raw: row["raw"],
                          kind: row["kind"], outcome: row["outcome"], orderNumber: row["order_number"],
                          phase: phase, effect: effect, maxGapMillis: row["max_gap_ms"], symbology: row["symbology"],
                          journalKey: row["client_key"])
    }
}
