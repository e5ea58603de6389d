import ToteCore

extension FloorStore {
    /// The actor the audit log names for claims freed because their station went silent.
    public static let staleClaimsActor = "stale-claims"

    /// Frees claims whose holder has not been heard from (no claim and no scan) for longer than
    /// `olderThan` milliseconds: a station that died. Like `release`: a `picking` order with no
    /// unit picked goes back to `new`; any other keeps its status and counts, so another station
    /// resumes where the dead one stopped. Every status change is logged.
    ///
    /// Stations refresh `claimed_at` on every claim and every scan they record (see `record`),
    /// so a live station's claim never goes stale while it is working.
    /// - Parameters:
    ///   - olderThan: milliseconds of silence after which a claim counts as dead.
    ///   - now: milliseconds since 1970.
    ///   - sparing: a station whose claims are kept whatever their age: the station calling this
    ///     at start-up, which is about to resume its own order.
    ///   - actor: the badge asking (`tote orders release-stale --as`), which must be allowed
    ///     `Permission.releaseOtherClaim` (checked in the same transaction; refused, nothing is
    ///     written); nil for a station's own start-up sweep, audited as `stale-claims`.
    /// - Returns: the numbers of the orders released, in queue order.
    /// - Throws: `RightsError` for an `actor` who may not release other stations' claims.
    @discardableResult
    public func releaseStaleClaims(olderThan: Int64, now: Int64, sparing: String? = nil, by actor: String? = nil) throws -> [String] {
        try engine.write { db in
            if let actor { try StoreAuthorizer.authorize(db, badge: actor, .releaseOtherClaim) }
            let rows = try StoreRow.fetchAll(db, sql: """
                SELECT number, status, claimed_by,
                       EXISTS (SELECT 1 FROM order_line WHERE order_number = orders.number AND picked > 0) AS any_picked
                FROM orders WHERE claimed_by IS NOT NULL AND claimed_at < ? AND claimed_by IS DISTINCT FROM ?
                ORDER BY priority DESC, ship_by, created_at, number
                """, arguments: [now - olderThan, sparing])
            var released: [String] = []
            for row in rows {
                let number: String = row["number"]
                let station: String = row["claimed_by"]
                let status: OrderStatus = try StoreDataError.decode(row["status"], column: "orders.status", key: number)
                let anyPicked: Bool = row["any_picked"]
                let next: OrderStatus = status == .picking && !anyPicked ? .new : status
                try db.execute(sql: """
                    UPDATE orders SET status = ?, claimed_by = NULL, claimed_at = NULL, \(CartColumns.clearWhilePicking) WHERE number = ?
                    """, arguments: [next.rawValue, number])
                if next != status {
                    try OrderEventRecord.insert(order: number, from: status, to: next, station: station, atMillis: now, db)
                }
                try AuditEntry(at: now, station: station, actor: actor ?? Self.staleClaimsActor, action: "release-stale", order: number,
                               before: AuditEntry.state(status, heldBy: station), after: AuditEntry.state(next, heldBy: nil))
                    .insert(db)
                released.append(number)
            }
            return released
        }
    }
}
