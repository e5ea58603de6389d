import ToteCore

extension FloorStore {
    /// Moves order `number` from `from` to `to` for `station`, logging the change.
    ///
    /// An open order must be held by `station`. A closed one (packed, labelled, on hold, …)
    /// has no holder, so any station may move it on. Moving to a closed status frees the
    /// claim, keeping the invariant that only open orders are claimed.
    /// - Parameter now: milliseconds since 1970, logged with the change.
    /// - Throws: `StoreError.illegal` if the state machine has no such edge (checked first);
    ///   `StoreError.notFound`; `StoreError.notHeld` if another station holds the order, an
    ///   open order is not held by `station`, or its status is not `from`.
    public func move(number: String, from: OrderStatus, to: OrderStatus, station: String, actor: String,
                     now: Int64) throws {
        if let refusal = IllegalTransition.check(order: number, from: from, to: to) {
            throw StoreError.illegal(refusal)
        }
        try engine.write { db in
            guard let header = try OrderRecord.fetch(db, number: number) else {
                throw StoreError.notFound(order: number)
            }
            let holderOK = header.claimedBy == station || (header.claimedBy == nil && !from.isOpen)
            guard holderOK, header.status == from else { throw StoreError.notHeld(order: number, station: station) }
            if to.isOpen {
                try db.execute(sql: "UPDATE orders SET status = ? WHERE number = ?", arguments: [to.rawValue, number])
            } else {
                try db.execute(sql: """
                    UPDATE orders SET status = ?, claimed_by = NULL, claimed_at = NULL WHERE number = ?
                    """, arguments: [to.rawValue, number])
            }
            try OrderEventRecord.insert(order: number, from: from, to: to, station: station, atMillis: now, db)
            try AuditEntry(at: now, station: station, actor: actor, action: "status", order: number,
                           before: AuditEntry.state(from, heldBy: header.claimedBy),
                           after: AuditEntry.state(to, heldBy: to.isOpen ? header.claimedBy : nil)).insert(db)
        }
    }

    /// Closes a fully verified box: status `packed`, the label's location and time stored, the
    /// claim freed and the change logged, atomically.
    /// - Parameters:
    ///   - labelPath: where `LabelSpool` put the label.
    ///   - now: milliseconds since 1970, stored as `packed_at`.
    /// - Throws: `StoreError.notFound`; `StoreError.notHeld` unless `station` holds it;
    ///   `StoreError.illegal` unless its status is `packing`; `PackNotComplete` while any line
    ///   that needs shipping has fewer units packed than ordered (gift cards and other lines
    ///   with `requiresShipping == false` are never packed), unless a supervisor's override
    ///   accepted that line.
    public func completePack(number: String, station: String, actor: String, labelPath: String, now: Int64) throws {
        try engine.write { db in
            guard let header = try OrderRecord.fetch(db, number: number) else {
                throw StoreError.notFound(order: number)
            }
            guard header.claimedBy == station else { throw StoreError.notHeld(order: number, station: station) }
            guard header.status == .packing else {
                // No status but `packing` has an edge to `packed`, so the refusal always exists.
                if let refusal = IllegalTransition.check(order: number, from: header.status, to: .packed) {
                    throw StoreError.illegal(refusal)
                }
                throw StoreError.notHeld(order: number, station: station)
            }
            let missing = try Int.fetchOne(db, sql: """
                SELECT COALESCE(SUM(quantity - short_units - packed), 0) FROM order_line WHERE order_number = ? AND requires_shipping = 1
                  AND NOT EXISTS (SELECT 1 FROM pack_check WHERE pack_check.order_number = order_line.order_number
                                  AND pack_check.key = 'line:' || order_line.line AND pack_check.override_by IS NOT NULL)
                """, arguments: [number]) ?? 0
            guard missing == 0 else { throw PackNotComplete(order: number, unverifiedUnits: missing) }
            try db.execute(sql: """
                UPDATE orders SET status = 'packed', label_path = ?, packed_at = ?, claimed_by = NULL, claimed_at = NULL
                WHERE number = ?
                """, arguments: [labelPath, now, number])
            try OrderEventRecord.insert(order: number, from: .packing, to: .packed, station: station, atMillis: now, db)
            try AuditEntry(at: now, station: station, actor: actor, action: "complete", order: number,
                           before: AuditEntry.state(.packing, heldBy: station), after: "packed, label \(labelPath)").insert(db)
        }
    }
}
