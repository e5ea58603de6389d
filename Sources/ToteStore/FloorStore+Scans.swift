import ToteCore

extension FloorStore {
    /// The `outcome` logged for a scan whose effect the store refused.
    public static let refusedOutcome = "refused_by_store"

    /// Appends `scan` to the log and applies its effect, in one transaction.
    ///
    /// The effect is a guarded update: it applies only while the order is open and claimed by
    /// `scan.station`, and only within `0...quantity` of the line. When the guard stops it the
    /// scan is still logged, with outcome `refusedOutcome`, and the result is false. A scan
    /// without effect is logged as given and returns true. A scan naming an order the scan's
    /// station holds refreshes the claim time (`claimed_at = scan.at`), the station's heartbeat.
    /// A scan whose `journalKey` is already in the log is not logged or applied again; the
    /// result is what it got the first time (exactly once across journal replays).
    public func record(_ scan: ScanRecord) throws -> Bool {
        do {
            return try recordOnce(scan)
        } catch {
            // A full disk or a damaged file, said plainly; the transaction rolled back whole.
            throw StoreOpenError.explaining(error, path: path)
        }
    }

    private func recordOnce(_ scan: ScanRecord) throws -> Bool {
        // The hottest write of a floor, so few round trips, and READ COMMITTED: with the order's
        // row locked first it is as safe as SERIALIZABLE here (every guard reads the order or its
        // lines, which the lock holds still) without serializable's false conflicts between
        // stations working on other orders.
        try engine.write(isolation: .readCommitted) { db in
            // Heartbeat: a scan proves the holder alive, so its claim is not stale
            // (`releaseStaleClaims`). Done first because on PostgreSQL the update also locks the
            // order's row while this station holds it: a concurrent release or reassign waits for
            // this scan, or this scan sees it and is refused. (An order the station does not hold
            // is refused whatever happens to it meanwhile.)
            if let number = scan.orderNumber {
                try db.cachedStatement(sql: "UPDATE orders SET claimed_at = ? WHERE number = ? AND claimed_by = ?")
                    .execute(arguments: [scan.at, number, scan.station])
            }
            // A journal replay of a scan already logged (its acknowledgement was lost): the
            // answer it got then, nothing applied again.
            if let key = scan.journalKey, let outcome = try ScanRow.outcome(journalKey: key, db) {
                return outcome != Self.refusedOutcome
            }
            var applied = true
            if let effect = scan.effect { applied = try Self.applyAndAudit(effect, of: scan, db) }
            try ScanRow.insert(scan, outcome: applied ? scan.outcome : Self.refusedOutcome, db)
            return applied
        }
    }

    /// The scans logged against order `number`, oldest first.
    public func scans(order number: String) throws -> [ScanRecord] {
        try engine.read { db in try ScanRow.fetchAll(db, order: number) }
    }

    /// The scans station `station` logged, oldest first, skipping its first `offset`: what a
    /// station did since a known point (audits, the crash torture test).
    public func scans(station: String, from offset: Int = 0) throws -> [ScanRecord] {
        try engine.read { db in try ScanRow.fetchAll(db, station: station, offset: max(0, offset)) }
    }

    /// How many scans the log holds, for every order and none.
    public func scanCount() throws -> Int {
        try engine.read(ScanRow.count)
    }

    /// Applies `scan`'s effect with its guard and, when it applied, writes the change as an
    /// audit row: `line 2 picked 0/2` → `line 2 picked 1/2` for line counts, `insert:Flyer` →
    /// `+1` style rows for the rest of the pack checklist. True when the effect applied.
    private static func applyAndAudit(_ effect: ScanRecord.Effect, of scan: ScanRecord, _ db: StoreDatabase) throws -> Bool {
        guard let number = scan.orderNumber else { return false }
        let (action, column, line, delta): (String, String, Int, Int)
        switch effect {
        case .pick(let l): (action, column, line, delta) = ("pick", "picked", l, 1)
        case .pack(let l): (action, column, line, delta) = ("pack", "packed", l, 1)
        case .unpack(let l): (action, column, line, delta) = ("unpack", "packed", l, -1)
        case .packUnits(let l, let u): (action, column, line, delta) = (u < 0 ? "unpack" : "pack", "packed", l, u)
        default:
            guard try isHeldOpen(number, by: scan.station, db), try PackCheckRow.apply(effect, order: number, db) else { return false }
            let (action, after) = checkAudit(effect)
            try AuditEntry(at: scan.at, station: scan.station, actor: scan.packer, action: action, order: number,
                           before: nil, after: after).insert(db)
            return true
        }
        guard let row = try applyLine(effect, order: number, line: line, station: scan.station, db) else { return false }
        let now: Int = row[column]
        let quantity: Int = row["quantity"]
        let sku: String = row["sku"]
        try AuditEntry(at: scan.at, station: scan.station, actor: scan.packer, action: action, order: scan.orderNumber,
                       before: "line \(line) \(sku) \(column) \(now - delta)/\(quantity)",
                       after: "line \(line) \(sku) \(column) \(now)/\(quantity)").insert(db)
        return true
    }

    /// The audit action and text of a pack-checklist effect that is not a line count.
    private static func checkAudit(_ effect: ScanRecord.Effect) -> (String, String) {
        switch effect {
        case .check(let key, let units, let of): return ("pack_check", "\(key) \(units > 0 ? "+" : "")\(units) of \(of)")
        case .carton(let key, let code): return ("carton", "\(key) \(code ?? "taken back")")
        case .override(let key, let by, let reason):
            return ("override", by.map { "\(key) accepted missing by \($0): \(reason ?? "")" } ?? "\(key) override taken back")
        case .weight(let grams): return ("weigh", grams.map { "\($0) g" } ?? "cleared")
        case .service(let id): return ("service", id ?? "automatic")
        case .pick, .pack, .unpack, .packUnits: return ("scan", "")
        }
    }

    /// The guarded update of a line count; the line's counts after it (one round trip with
    /// RETURNING), nil when the guard stopped it.
    private static func applyLine(_ effect: ScanRecord.Effect, order number: String, line: Int, station: String,
                                  _ db: StoreDatabase) throws -> StoreRow? {
        let change: String
        switch effect {
        case .pick: change = "picked = picked + 1 WHERE picked < quantity - short_units"
        case .pack: change = "packed = packed + 1 WHERE packed < quantity - short_units"
        case .unpack: change = "packed = packed - 1 WHERE packed > 0"
        case .packUnits(_, let units):
            guard units != 0 else { return nil }
            change = "packed = packed + (\(units)) WHERE packed + (\(units)) BETWEEN 0 AND quantity - short_units"
        default: return nil
        }
        return try StoreRow.fetchOne(db, sql: """
            UPDATE order_line SET \(change) AND order_number = ? AND line = ?
              AND EXISTS (SELECT 1 FROM orders WHERE number = order_line.order_number AND claimed_by = ?
                          AND status IN (\(OpenStatuses.placeholders)))
            RETURNING picked, packed, quantity, sku
            """, arguments: [number, line, station] + OpenStatuses.arguments)
    }

    private static func isHeldOpen(_ number: String, by station: String, _ db: StoreDatabase) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM orders WHERE number = ? AND claimed_by = ? AND status IN (\(OpenStatuses.placeholders)))
            """, arguments: [number, station] + OpenStatuses.arguments) ?? false
    }
}
