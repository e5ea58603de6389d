import ToteCore

extension FloorStore {
    /// Supervisor action names written to `order_event.action`.
    public enum SupervisorAction: String, Sendable { case release, reassign, cancel }

    /// The station the audit log names for actions from the supervisor dashboard.
    public static let supervisorStation = "supervise"

    /// Frees order `number` for the queue, whoever holds it. Needs `Permission.releaseOtherClaim`
    /// (lead and up) for the badge `supervisor`, checked in the same transaction. An open order loses its claim
    /// (a `picking` order with nothing picked goes back to `new`, any other keeps its status and
    /// counts); an order `on_hold` or in `exception` goes back to `new`. Audited in `order_event`
    /// with `action = 'release'` and `actor = supervisor`, even when the status stays.
    /// - Parameter now: milliseconds since 1970.
    /// - Throws: `StoreError.notFound`; `StoreError.illegal` for an order that is neither open nor
    ///   held nor in exception; `RightsError` when `supervisor` may not (nothing is written).
    public func supervisorRelease(number: String, supervisor: String, now: Int64) throws {
        try engine.write { db in
            try StoreAuthorizer.authorize(db, badge: supervisor, .releaseOtherClaim)
            let header = try Self.header(db, number)
            let next: OrderStatus
            switch header.status {
            case .onHold, .exception:
                next = .new
            case _ where header.status.isOpen:
                let anyPicked = try Bool.fetchOne(db, sql: """
                    SELECT EXISTS (SELECT 1 FROM order_line WHERE order_number = ? AND picked > 0)
                    """, arguments: [number]) ?? false
                next = header.status == .picking && !anyPicked ? .new : header.status
            default:
                throw StoreError.illegal(IllegalTransition(order: number, from: header.status, to: .new))
            }
            try db.execute(sql: "UPDATE orders SET status = ?, claimed_by = NULL, claimed_at = NULL, " + CartColumns.clearWhilePicking + " WHERE number = ?",
                           arguments: [next.rawValue, number])
            try Self.audit(db, number, from: header.status, to: next, station: header.claimedBy ?? supervisor,
                           action: .release, actor: supervisor, heldBefore: header.claimedBy, now: now)
        }
    }

    /// Gives open order `number` to `station` (a `new` one moves to `picking`), taking it from
    /// whoever held it. Audited with `action = 'reassign'`, the row's station being the new holder.
    /// Needs `Permission.releaseOtherClaim` for `supervisor`.
    /// - Throws: `StoreError.notFound`; `StoreError.illegal` unless the order is open; `RightsError`.
    public func supervisorReassign(number: String, to station: String, supervisor: String, now: Int64) throws {
        try engine.write { db in
            try StoreAuthorizer.authorize(db, badge: supervisor, .releaseOtherClaim)
            let header = try Self.header(db, number)
            guard header.status.isOpen else {
                throw StoreError.illegal(IllegalTransition(order: number, from: header.status, to: .picking))
            }
            let next: OrderStatus = header.status == .new ? .picking : header.status
            try db.execute(sql: "UPDATE orders SET status = ?, claimed_by = ?, claimed_at = ? WHERE number = ?",
                           arguments: [next.rawValue, station, now, number])
            try Self.audit(db, number, from: header.status, to: next, station: station, action: .reassign,
                           actor: supervisor, heldBefore: header.claimedBy, now: now)
        }
    }

    /// Cancels order `number`: status `cancelled`, claim and shop-cancel flag cleared. Audited
    /// with `action = 'cancel'`.
    /// - Throws: `StoreError.notFound`; `StoreError.illegal` where the state machine has no edge
    ///   to `cancelled` (packed and later); `RightsError` unless `supervisor` may cancel orders
    ///   (supervisor and up), in which case nothing is written.
    public func supervisorCancel(number: String, supervisor: String, now: Int64) throws {
        try engine.write { db in
            try StoreAuthorizer.authorize(db, badge: supervisor, .cancelOrder)
            let header = try Self.header(db, number)
            if let refusal = IllegalTransition.check(order: number, from: header.status, to: .cancelled) {
                throw StoreError.illegal(refusal)
            }
            try db.execute(sql: """
                UPDATE orders SET status = 'cancelled', claimed_by = NULL, claimed_at = NULL, cancel_requested_at = NULL
                WHERE number = ?
                """, arguments: [number])
            try Self.audit(db, number, from: header.status, to: .cancelled, station: header.claimedBy ?? supervisor,
                           action: .cancel, actor: supervisor, heldBefore: header.claimedBy, now: now)
        }
    }

    /// The supervisor actions logged for order `number`, oldest first: (action, actor, from, to, station, at ms).
    public func supervisorAudit(order number: String) throws -> [(action: String, actor: String, from: String, to: String,
                                                                   station: String, at: Int64)] {
        try engine.read { db in
            try StoreRow.fetchAll(db, sql: """
                SELECT action, actor, from_status, to_status, station, at_ms FROM order_event
                WHERE order_number = ? AND action IS NOT NULL ORDER BY id
                """, arguments: [number]).map {
                (action: $0["action"], actor: $0["actor"], from: $0["from_status"], to: $0["to_status"],
                 station: $0["station"], at: $0["at_ms"])
            }
        }
    }

    private static func header(_ db: StoreDatabase, _ number: String) throws -> OrderRecord {
        guard let header = try OrderRecord.fetch(db, number: number) else { throw StoreError.notFound(order: number) }
        return header
    }

    private static func audit(_ db: StoreDatabase, _ number: String, from: OrderStatus, to: OrderStatus, station: String,
                              action: SupervisorAction, actor: String, heldBefore: String?, now: Int64) throws {
        try db.execute(sql: """
            INSERT INTO order_event (order_number, at_ms, station, from_status, to_status, action, actor)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [number, now, station, from.rawValue, to.rawValue, action.rawValue, actor])
        try AuditEntry(at: now, station: supervisorStation, actor: actor, action: action.rawValue, order: number,
                       before: AuditEntry.state(from, heldBy: heldBefore),
                       after: AuditEntry.state(to, heldBy: action == .reassign ? station : nil)).insert(db)
    }
}
