import ToteCore

extension FloorStore {
    /// The station name the order-event log records for changes an import makes.
    public static let importActor = "import"

    /// Applies an import in one transaction and says what happened to each order.
    ///
    /// - A new order goes in as `new`, unclaimed.
    /// - An order the store holds, identical to the file (same `OrderDigest`): unchanged.
    /// - Changed, `new`, unclaimed, nothing picked: replaced (header and lines).
    /// - Changed while in progress (claimed, or past `new`, or any unit picked) but open: left
    ///   as it is; `changed_while_claimed_at` is set and the file's version kept as the
    ///   pending change (`flags(of:)`), counted as flagged.
    /// - Changed but closed (packed, shipped, cancelled, on hold, …): skipped.
    /// - A cancellation of an untouched order moves it to `cancelled`; of one in progress sets
    ///   `cancel_requested_at` (the station must stop); of an order the store lacks or has
    ///   closed: skipped. `batch.skippedFulfilled` adds to skipped, `batch.rejectedKeys` to rejected.
    ///
    /// With `.dryRun` the same work runs and is rolled back: the counts are exact and the store
    /// is untouched.
    /// - Parameters:
    ///   - skipInvalid: false refuses a batch with any problem (`ImportRejected`, nothing
    ///     written); true applies its valid orders and counts the refused ones as rejected.
    ///   - now: milliseconds since 1970, stored on flags and logged with status changes.
    ///   - progress: called with the fraction (0…1) done, from inside the transaction.
    /// - Throws: `ImportRejected`; a database error, in which case nothing was written.
    public func importOrders(_ batch: OrderImport, mode: ImportMode, now: Int64, skipInvalid: Bool = false,
                             progress: ((Double) -> Void)? = nil) throws -> ImportCounts {
        guard skipInvalid || batch.problems.isEmpty else { throw ImportRejected(problems: batch.problems) }
        var counts = ImportCounts()
        counts.skipped = batch.skippedFulfilled
        counts.rejected = batch.rejectedKeys.count
        try inImportTransaction(mode: mode) { db in
            let total = Double(max(batch.orders.count + batch.cancellations.count, 1))
            for (i, order) in batch.orders.enumerated() {
                if i % 2048 == 0 { progress?(Double(i) / total) }
                try Self.importOne(order, now: now, counts: &counts, db)
            }
            for number in batch.cancellations {
                try Self.cancel(number, now: now, counts: &counts, db)
            }
            progress?(1)
        }
        return counts
    }

    /// Runs `body` in one immediate transaction, committed for `.apply` and rolled back for `.dryRun`.
    func inImportTransaction(mode: ImportMode, _ body: @escaping (StoreDatabase) throws -> Void) throws {
        guard mode == .dryRun else { return try engine.write(body) }
        // Thrown out of the transaction so the engine rolls it back; only the rollback is wanted.
        struct DryRunDone: Error {}
        do {
            try engine.write { db in
                try body(db)
                throw DryRunDone()
            }
        } catch is DryRunDone {}
    }

    private static func importOne(_ incoming: Order, now: Int64, counts: inout ImportCounts, _ db: StoreDatabase) throws {
        var order = incoming
        order.status = .new
        let digest = OrderDigest.of(order)
        // The digest alone first: a re-import of an unchanged file decodes no order.
        guard let known = try StoreRow.fetchOne(db.cachedStatement(sql: "SELECT import_digest FROM orders WHERE number = ?"),
                                           arguments: [order.number]) else {
            try OrderRecord.insert(order, digest: digest, db)
            for line in order.lines { try OrderLineRecord.insert(line, order: order.number, db) }
            try importAudit("import-new", order.number, before: nil, after: "new, \(order.lines.count) lines", now, db)
            counts.new += 1
            return
        }
        let storedDigest: Int64? = known["import_digest"]
        if storedDigest == digest { counts.unchanged += 1; return }
        guard let header = try OrderRecord.fetch(db, number: order.number) else { return }
        guard header.status.isOpen else { counts.skipped += 1; return }
        if try isUntouched(header, db) {
            try OrderRecord.update(order, digest: digest, db)
            try db.cachedStatement(sql: "DELETE FROM order_line WHERE order_number = ?").execute(arguments: [order.number])
            for line in order.lines { try OrderLineRecord.insert(line, order: order.number, db) }
            try importAudit("import-update", order.number, before: "new", after: "new, replaced: \(order.lines.count) lines", now, db)
            counts.updated += 1
            return
        }
        if header.pendingDigest == digest { counts.unchanged += 1; return }
        try db.cachedStatement(sql: """
            UPDATE orders SET changed_while_claimed_at = ?, pending_json = ?, pending_digest = ? WHERE number = ?
            """).execute(arguments: [now, try StoreJSON.text(order), digest, order.number])
        try importAudit("import-flag", order.number, before: AuditEntry.state(header.status, heldBy: header.claimedBy),
                        after: "changed in shop while in progress; kept as pending", now, db)
        counts.flagged += 1
    }

    private static func cancel(_ number: String, now: Int64, counts: inout ImportCounts, _ db: StoreDatabase) throws {
        guard let header = try OrderRecord.fetch(db, number: number), header.status.isOpen else {
            counts.skipped += 1
            return
        }
        if try isUntouched(header, db) {
            try db.cachedStatement(sql: "UPDATE orders SET status = 'cancelled' WHERE number = ?").execute(arguments: [number])
            try OrderEventRecord.insert(order: number, from: header.status, to: .cancelled, station: importActor,
                                        atMillis: now, db)
            try importAudit("import-cancel", number, before: header.status.rawValue, after: "cancelled", now, db)
            counts.cancelled += 1
        } else if header.cancelRequestedAt == nil {
            try db.cachedStatement(sql: "UPDATE orders SET cancel_requested_at = ? WHERE number = ?")
                .execute(arguments: [now, number])
            try importAudit("import-cancel-request", number, before: AuditEntry.state(header.status, heldBy: header.claimedBy),
                            after: "cancel requested by the shop", now, db)
            counts.cancelRequested += 1
        } else {
            counts.unchanged += 1
        }
    }

    /// An import's change to one order, in the import's transaction (rolled back with a dry run).
    private static func importAudit(_ action: String, _ number: String, before: String?, after: String, _ now: Int64,
                                    _ db: StoreDatabase) throws {
        try AuditEntry(at: now, station: importActor, actor: importActor, action: action, order: number, before: before,
                       after: after).insert(db)
    }

    /// `new`, unclaimed, and no unit picked or packed: safe to replace or cancel outright.
    private static func isUntouched(_ header: OrderRecord, _ db: StoreDatabase) throws -> Bool {
        guard header.status == .new, header.claimedBy == nil else { return false }
        let touched = try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM order_line WHERE order_number = ? AND (picked > 0 OR packed > 0))
            """), arguments: [header.number]) ?? false
        return !touched
    }
}
