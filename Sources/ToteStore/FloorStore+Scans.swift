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
        // The hottest write of a floor. READ COMMITTED with the order's row locked first is as
        // safe as SERIALIZABLE here (every guard reads the order or its lines, which the lock
        // holds still) without serializable's false conflicts between stations on other orders.
        try engine.write(isolation: .readCommitted) { db in
            if let number = scan.orderNumber { try OrderRecord.lock(number, db) }
            // A journal replay of a scan already logged (its acknowledgement was lost): the
            // answer it got then, nothing applied again.
            if let key = scan.journalKey, let outcome = try ScanRow.outcome(journalKey: key, db) {
                return outcome != Self.refusedOutcome
            }
            var applied = true
            if let effect = scan.effect {
                applied = try Self.apply(effect, order: scan.orderNumber, station: scan.station, db)
                if applied { try Self.audit(effect, of: scan, db) }
            }
            try ScanRow.insert(scan, outcome: applied ? scan.outcome : Self.refusedOutcome, db)
            // Heartbeat: a scan proves the holder alive, so its claim is not stale
            // (`releaseStaleClaims`).
            if let number = scan.orderNumber {
                try db.cachedStatement(sql: "UPDATE orders SET claimed_at = ? WHERE number = ? AND claimed_by = ?")
                    .execute(arguments: [scan.at, number, scan.station])
            }
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

    /// The accepted change as an audit row: `line 2 picked 0/2` → `line 2 picked 1/2` for line
    /// counts, `insert:Flyer` → `+1` style rows for the rest of the pack checklist.
    private static func audit(_ effect: ScanRecord.Effect, of scan: ScanRecord, _ db: StoreDatabase) throws {
        let (action, column, line, delta): (String, String, Int, Int)
        switch effect {
        case .pick(let l): (action, column, line, delta) = ("pick", "picked", l, 1)
        case .pack(let l): (action, column, line, delta) = ("pack", "packed", l, 1)
        case .unpack(let l): (action, column, line, delta) = ("unpack", "packed", l, -1)
        case .packUnits(let l, let u): (action, column, line, delta) = (u < 0 ? "unpack" : "pack", "packed", l, u)
        default:
            let (action, after) = checkAudit(effect)
            try AuditEntry(at: scan.at, station: scan.station, actor: scan.packer, action: action, order: scan.orderNumber,
                           before: nil, after: after).insert(db)
            return
        }
        guard let row = try StoreRow.fetchOne(db.cachedStatement(sql: """
            SELECT picked, packed, quantity, sku FROM order_line WHERE order_number = ? AND line = ?
            """), arguments: [scan.orderNumber, line]) else { return }
        let now: Int = row[column]
        let quantity: Int = row["quantity"]
        let sku: String = row["sku"]
        try AuditEntry(at: scan.at, station: scan.station, actor: scan.packer, action: action, order: scan.orderNumber,
                       before: "line \(line) \(sku) \(column) \(now - delta)/\(quantity)",
                       after: "line \(line) \(sku) \(column) \(now)/\(quantity)").insert(db)
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

    /// True when the guarded update changed the store.
    private static func apply(_ effect: ScanRecord.Effect, order number: String?, station: String,
                              _ db: StoreDatabase) throws -> Bool {
        guard let number else { return false }
        let change: String
        let line: Int
        switch effect {
        case .pick(let l): (change, line) = ("picked = picked + 1 WHERE picked < quantity - short_units", l)
        case .pack(let l): (change, line) = ("packed = packed + 1 WHERE packed < quantity - short_units", l)
        case .unpack(let l): (change, line) = ("packed = packed - 1 WHERE packed > 0", l)
        case .packUnits(let l, let units):
            guard units != 0 else { return false }
            (change, line) = ("packed = packed + (\(units)) WHERE packed + (\(units)) BETWEEN 0 AND quantity - short_units", l)
        default:
            guard try isHeldOpen(number, by: station, db) else { return false }
            return try PackCheckRow.apply(effect, order: number, db)
        }
        try db.execute(sql: """
            UPDATE order_line SET \(change) AND order_number = ? AND line = ?
              AND EXISTS (SELECT 1 FROM orders WHERE number = order_line.order_number AND claimed_by = ?
                          AND status IN (\(OpenStatuses.placeholders)))
            """, arguments: [number, line, station] + OpenStatuses.arguments)
        return db.changesCount > 0
    }

    private static func isHeldOpen(_ number: String, by station: String, _ db: StoreDatabase) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM orders WHERE number = ? AND claimed_by = ? AND status IN (\(OpenStatuses.placeholders)))
            """, arguments: [number, station] + OpenStatuses.arguments) ?? false
    }
}
