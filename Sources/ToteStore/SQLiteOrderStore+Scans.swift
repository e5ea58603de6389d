import GRDB
import ToteCore

extension SQLiteOrderStore {
    /// The `outcome` logged for a scan whose effect the store refused.
    public static let refusedOutcome = "refused_by_store"

    /// Appends `scan` to the log and applies its effect, in one transaction.
    ///
    /// The effect is a guarded update: it applies only while the order is open and claimed by
    /// `scan.station`, and only within `0...quantity` of the line. When the guard stops it the
    /// scan is still logged, with outcome `refusedOutcome`, and the result is false. A scan
    /// without effect is logged as given and returns true. A scan naming an order the scan's
    /// station holds refreshes the claim time (`claimed_at = scan.at`), the station's heartbeat.
    public func record(_ scan: ScanRecord) throws -> Bool {
        do {
            return try recordOnce(scan)
        } catch {
            // A full disk or a damaged file, said plainly; the transaction rolled back whole.
            throw StoreOpenError.explaining(error, path: path)
        }
    }

    private func recordOnce(_ scan: ScanRecord) throws -> Bool {
        try pool.write { db in
            var applied = true
            if let effect = scan.effect {
                applied = try Self.apply(effect, order: scan.orderNumber, station: scan.station, db)
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
        try pool.read { db in try ScanRow.fetchAll(db, order: number) }
    }

    /// The scans station `station` logged, oldest first, skipping its first `offset`: what a
    /// station did since a known point (audits, the crash torture test).
    public func scans(station: String, from offset: Int = 0) throws -> [ScanRecord] {
        try pool.read { db in try ScanRow.fetchAll(db, station: station, offset: max(0, offset)) }
    }

    /// How many scans the log holds, for every order and none.
    public func scanCount() throws -> Int {
        try pool.read(ScanRow.count)
    }

    /// True when the guarded update changed the line.
    private static func apply(_ effect: ScanRecord.Effect, order number: String?, station: String,
                              _ db: Database) throws -> Bool {
        guard let number else { return false }
        let change: String
        let line: Int
        switch effect {
        case .pick(let l): (change, line) = ("picked = picked + 1 WHERE picked < quantity", l)
        case .pack(let l): (change, line) = ("packed = packed + 1 WHERE packed < quantity", l)
        case .unpack(let l): (change, line) = ("packed = packed - 1 WHERE packed > 0", l)
        }
        try db.execute(sql: """
            UPDATE order_line SET \(change) AND order_number = ? AND line = ?
              AND EXISTS (SELECT 1 FROM orders WHERE number = order_line.order_number AND claimed_by = ?
                          AND status IN (\(OpenStatuses.placeholders)))
            """, arguments: [number, line, station] + OpenStatuses.arguments)
        return db.changesCount > 0
    }
}
