import ToteCore

extension FloorStore {
    /// Gives `station` the first unclaimed `new` order in queue order, moved to `picking`.
    ///
    /// One write transaction selects and claims, so across processes every order has exactly
    /// one winner: on SQLite the single writer (`BEGIN IMMEDIATE`) makes it so; on PostgreSQL
    /// the candidate row is locked with `FOR UPDATE SKIP LOCKED`, so concurrent claimers take
    /// the next order instead of waiting for (or failing on) the same one. Returns nil when no
    /// unclaimed `new` order is left.
    /// - Parameter now: milliseconds since 1970, stored as the claim time.
    public func claimNext(station: String, actor: String, now: Int64) throws -> OrderProgress? {
        // Only the claim itself holds the write lock; the order is read afterwards, when other
        // stations can already claim (this station holds it, so it cannot change under us).
        let claimed: String? = try claimSerialized { try engine.write(isolation: .readCommitted) { db in
            // The `status, priority DESC, …` index serves this ORDER BY directly. READ COMMITTED
            // is enough on PostgreSQL: the locked row is re-checked against the WHERE after the
            // lock, and the event and audit rows name only the order this transaction holds.
            guard let number = try String.fetchOne(db, sql: """
                UPDATE orders SET status = 'picking', claimed_by = ?, claimed_at = ?
                WHERE number = (
                    SELECT number FROM orders WHERE status = 'new' AND claimed_by IS NULL
                    ORDER BY priority DESC, ship_by, created_at, number LIMIT 1\(db.dialect.skipLocked))
                  AND status = 'new' AND claimed_by IS NULL
                RETURNING number
                """, arguments: [station, now])
            else { return nil }
            try OrderEventRecord.insert(order: number, from: .new, to: .picking, station: station, atMillis: now, db)
            try AuditEntry(at: now, station: station, actor: actor, action: "claim", order: number, before: "new",
                           after: AuditEntry.state(.picking, heldBy: station)).insert(db)
            return number
        } }
        guard let claimed else { return nil }
        return try engine.read { db in try OrderProgress.fetch(db, number: claimed) }
    }

    /// Claims order `number` for `station` if it is open and unclaimed or already this
    /// station's; `new` moves to `picking`, other open statuses stay.
    ///
    /// Returns nil if another station holds it or it is not open.
    /// - Parameter now: milliseconds since 1970, stored as the claim time.
    /// - Throws: `StoreError.notFound` if the store has no such order.
    public func claim(number: String, station: String, actor: String, now: Int64) throws -> OrderProgress? {
        try engine.write { db in
            guard let header = try OrderRecord.fetch(db, number: number) else {
                throw StoreError.notFound(order: number)
            }
            guard header.status.isOpen, header.claimedBy == nil || header.claimedBy == station else { return nil }
            let next: OrderStatus = header.status == .new ? .picking : header.status
            try db.execute(sql: """
                UPDATE orders SET status = ?, claimed_by = ?, claimed_at = ? WHERE number = ?
                """, arguments: [next.rawValue, station, now, number])
            if next != header.status {
                try OrderEventRecord.insert(order: number, from: header.status, to: next, station: station,
                                            atMillis: now, db)
            }
            // Re-claiming an order this station holds only refreshes the claim: not a change.
            if header.claimedBy != station {
                try AuditEntry(at: now, station: station, actor: actor, action: "claim", order: number,
                               before: AuditEntry.state(header.status, heldBy: nil),
                               after: AuditEntry.state(next, heldBy: station)).insert(db)
            }
            return try OrderProgress.fetch(db, number: number)
        }
    }

    /// Frees `station`'s claim on `number`; counts are kept.
    ///
    /// A `picking` order with no unit picked goes back to `new`; any other status stays, so
    /// another station resumes exactly where this one stopped.
    /// - Parameter now: milliseconds since 1970, logged with the status change.
    /// - Throws: `StoreError.notFound`, or `StoreError.notHeld` if `station` does not hold it.
    public func release(number: String, station: String, actor: String, now: Int64) throws {
        try engine.write { db in
            guard let header = try OrderRecord.fetch(db, number: number) else {
                throw StoreError.notFound(order: number)
            }
            guard header.claimedBy == station else { throw StoreError.notHeld(order: number, station: station) }
            let anyPicked = try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM order_line WHERE order_number = ? AND picked > 0)
                """, arguments: [number]) ?? false
            let next: OrderStatus = header.status == .picking && !anyPicked ? .new : header.status
            try db.execute(sql: """
                UPDATE orders SET status = ?, claimed_by = NULL, claimed_at = NULL, \(CartColumns.clearWhilePicking) WHERE number = ?
                """, arguments: [next.rawValue, number])
            if next != header.status {
                try OrderEventRecord.insert(order: number, from: header.status, to: next, station: station,
                                            atMillis: now, db)
            }
            try AuditEntry(at: now, station: station, actor: actor, action: "release", order: number,
                           before: AuditEntry.state(header.status, heldBy: station),
                           after: AuditEntry.state(next, heldBy: nil)).insert(db)
        }
    }

    /// The open order `station` holds (the most recently claimed, should it hold several),
    /// with its counts: what a restarted station resumes.
    public func activeOrder(station: String) throws -> OrderProgress? {
        try engine.read { db in
            guard let number = try String.fetchOne(db, sql: """
                SELECT number FROM orders
                WHERE claimed_by = ? AND status IN (\(OpenStatuses.placeholders)) AND (cart IS NULL OR status <> 'picking')
                ORDER BY claimed_at DESC, number LIMIT 1
                """, arguments: [station] + OpenStatuses.arguments)
            else { return nil }
            return try OrderProgress.fetch(db, number: number)
        }
    }
}

extension FloorStore {
    /// On a SQLite file, claims queue on a kernel lock beside it first (see `ClaimLock`); a
    /// PostgreSQL server orders them itself.
    func claimSerialized<T>(_ body: () throws -> T) throws -> T {
        guard engine.dialect == .sqlite else { return try body() }
        return try ClaimLock.serialized(storePath: path, body)
    }
}
