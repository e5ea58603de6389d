import ToteCore

extension FloorStore: ShortPickStore {
    /// Records a confirmed short pick in one transaction (see `ShortPickStore.recordShortPick`).
    ///
    /// Checked first, refusing without a change: the order is `picking` and held by
    /// `short.station`; line `short.lineNumber` carries `short.sku`; exactly `short.needed`
    /// units are still open on it (so a dialog opened before another commit cannot apply
    /// twice); `0 <= found <= needed`. Then: the SHORT command goes to the scan log as accepted
    /// (the v7 trigger lists it on the supervisor's exceptions), the short-pick row is written,
    /// the bin's open recount task is created or added to, the found units count as picked, and
    /// the order goes to `exception` (claim freed) or the line is cut by the missing units.
    public func recordShortPick(_ short: ShortPick) throws -> ShortPickResult {
        try engine.write { db in
            if let refusal = try Self.checkShortPick(short, db) { return .refused(reason: refusal) }
            let scanID = try ScanRow.insert(ScanRecord(at: short.at, station: short.station, packer: short.packer, raw: short.raw,
                                          kind: ScanKind.command(.short).logName, outcome: "accepted",
                                          orderNumber: short.order, phase: .pick, effect: nil), outcome: "accepted", db)
            let recountID = try Self.openRecount(for: short, db)
            try db.execute(sql: """
                INSERT INTO short_pick (order_number, line, sku, bin, needed, found, reason, bin_empty, mode, station,
                                        packer, at_ms, scan_id, recount_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [short.order, short.lineNumber, short.sku, short.bin.code, short.needed, short.found,
                                 short.reason.rawValue, short.binEmpty, short.mode.rawValue, short.station,
                                 short.packer, short.at, scanID, recountID])
            try db.execute(sql: """
                UPDATE order_line SET picked = picked + ? WHERE order_number = ? AND line = ?
                """, arguments: [short.found, short.order, short.lineNumber])
            if short.mode == .partial {
                try db.execute(sql: """
                    UPDATE order_line SET short_units = short_units + ? WHERE order_number = ? AND line = ?
                    """, arguments: [short.missing, short.order, short.lineNumber])
                let shipping = try Int.fetchOne(db, sql: """
                    SELECT COALESCE(SUM(quantity - short_units), 0) FROM order_line
                    WHERE order_number = ? AND requires_shipping = 1
                    """, arguments: [short.order]) ?? 0
                // Nothing left to ship is not a partial shipment: a supervisor decides.
                if shipping > 0 {
                    try db.execute(sql: "UPDATE orders SET claimed_at = ? WHERE number = ?",
                                   arguments: [short.at, short.order])
                    guard let progress = try OrderProgress.fetch(db, number: short.order) else {
                        throw StoreError.notFound(order: short.order)
                    }
                    return .lineReduced(progress)
                }
            }
            try db.execute(sql: "UPDATE orders SET status = 'exception', claimed_by = NULL, claimed_at = NULL WHERE number = ?",
                           arguments: [short.order])
            try OrderEventRecord.insert(order: short.order, from: .picking, to: .exception, station: short.station,
                                        atMillis: short.at, db)
            return .movedToException(order: short.order)
        }
    }

    /// Open recount tasks, oldest first, with the orders whose short picks asked for them.
    public func openRecounts() throws -> [RecountTask] {
        try engine.read { db in
            try StoreRow.fetchAll(db, sql: """
                SELECT r.id, r.bin, r.sku, r.reason, r.reported_empty, r.opened_at_ms,
                       (SELECT COUNT(*) FROM short_pick WHERE recount_id = r.id) AS shorts
                FROM recount_task r WHERE r.closed_at_ms IS NULL ORDER BY r.opened_at_ms, r.id
                """).map { row in
                let id: Int64 = row["id"]
                let binCode: String = row["bin"]
                guard let bin = BinLocation(code: binCode) else {
                    throw StoreDataError(column: "recount_task.bin", value: binCode, key: String(id))
                }
                let orders = try String.fetchAll(db, sql: """
                    SELECT order_number FROM short_pick WHERE recount_id = ? GROUP BY order_number ORDER BY MIN(id)
                    """, arguments: [id])
                return RecountTask(bin: bin, openedAt: row["opened_at_ms"], orders: orders, sku: row["sku"],
                                   reason: try StoreDataError.decode(row["reason"], column: "recount_task.reason",
                                                                     key: String(id)),
                                   reportedEmpty: row["reported_empty"], shortPicks: row["shorts"])
            }
        }
    }

    /// Closes `bin`'s open recount task, stamping who closed it and when (milliseconds since 1970).
    public func closeRecount(bin: BinLocation, by who: String, now: Int64) throws -> Bool {
        try engine.write { db in
            try db.execute(sql: """
                UPDATE recount_task SET closed_at_ms = ?, closed_by = ? WHERE bin = ? AND closed_at_ms IS NULL
                """, arguments: [now, who, bin.code])
            return db.changesCount > 0
        }
    }

    /// Why `short` cannot be recorded as it stands; nil when it can.
    private static func checkShortPick(_ short: ShortPick, _ db: StoreDatabase) throws -> String? {
        guard let header = try OrderRecord.fetch(db, number: short.order) else {
            return "order \(short.order) is not in the store"
        }
        guard header.claimedBy == short.station, header.status == .picking else {
            return "order \(short.order) is not being picked at station \(short.station)"
        }
        guard let line = try StoreRow.fetchOne(db, sql: """
            SELECT sku, quantity - short_units - picked AS open FROM order_line WHERE order_number = ? AND line = ?
            """, arguments: [short.order, short.lineNumber]) else {
            return "order \(short.order) has no line \(short.lineNumber)"
        }
        let sku: String = line["sku"]
        let open: Int = line["open"]
        guard sku == short.sku else { return "line \(short.lineNumber) of \(short.order) is \(sku), not \(short.sku)" }
        guard short.needed >= 1, open == short.needed else {
            return "line \(short.lineNumber) has \(open) unit(s) still to pick, not \(short.needed)"
        }
        guard (0...short.needed).contains(short.found) else {
            return "found \(short.found) is outside 0–\(short.needed)"
        }
        return nil
    }

    /// The id of `short.bin`'s open recount task, opened now if it has none.
    private static func openRecount(for short: ShortPick, _ db: StoreDatabase) throws -> Int64 {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM recount_task WHERE bin = ? AND closed_at_ms IS NULL",
                                       arguments: [short.bin.code]) {
            try db.execute(sql: """
                UPDATE recount_task SET sku = ?, reason = ?, reported_empty = CASE WHEN ? = 1 THEN 1 ELSE reported_empty END WHERE id = ?
                """, arguments: [short.sku, short.reason.rawValue, short.binEmpty, id])
            return id
        }
        guard let id = try Int64.fetchOne(db, sql: """
            INSERT INTO recount_task (bin, sku, reason, reported_empty, opened_at_ms) VALUES (?, ?, ?, ?, ?) RETURNING id
            """, arguments: [short.bin.code, short.sku, short.reason.rawValue, short.binEmpty, short.at])
        else { preconditionFailure("INSERT … RETURNING gives the new row") }
        return id
    }
}
