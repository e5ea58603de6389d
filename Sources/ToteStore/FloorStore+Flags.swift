import Foundation
import ToteCore

extension FloorStore {
    /// What imports flagged on order `number` (changed or cancelled while a station held it);
    /// nil if the store lacks the order.
    public func flags(of number: String) throws -> OrderFlags? {
        try engine.read { db in try OrderRecord.fetch(db, number: number)?.flags }
    }

    /// Numbers of the orders with any import flag raised, in queue order: the supervisor's list.
    public func flaggedOrders() throws -> [String] {
        try engine.read { db in
            try String.fetchAll(db, sql: """
                SELECT number FROM orders
                WHERE changed_while_claimed_at IS NOT NULL OR cancel_requested_at IS NOT NULL
                ORDER BY priority DESC, ship_by, created_at, number
                """)
        }
    }

    /// Clears the flags of order `number` once someone has dealt with them. With
    /// `applyPendingChange` and an order back to untouched (`new`, unclaimed, nothing picked),
    /// the pending imported version replaces the stored one first.
    /// - Throws: `StoreError.notFound`.
    /// - Parameters:
    ///   - station, actor: who cleared them, for the audit log.
    ///   - now: milliseconds since 1970.
    public func clearFlags(number: String, applyPendingChange: Bool = false, station: String = commandLineStation,
                           actor: String = commandLineStation, now: Int64 = 0) throws {
        try engine.write { db in
            guard let header = try OrderRecord.fetch(db, number: number) else { throw StoreError.notFound(order: number) }
            var applied = false
            if applyPendingChange, let pending = header.flags.pendingChange, let digest = header.pendingDigest,
               header.status == .new, header.claimedBy == nil {
                try OrderRecord.update(pending, digest: digest, db)
                try db.execute(sql: "DELETE FROM order_line WHERE order_number = ?", arguments: [number])
                for line in pending.lines { try OrderLineRecord.insert(line, order: number, db) }
                applied = true
            }
            try db.execute(sql: """
                UPDATE orders SET changed_while_claimed_at = NULL, pending_json = NULL, pending_digest = NULL,
                    cancel_requested_at = NULL WHERE number = ?
                """, arguments: [number])
            try AuditEntry(at: now, station: station, actor: actor, action: "clear-flags", order: number,
                           before: Self.flagText(header.flags), after: applied ? "flags cleared, shop change applied" : "flags cleared")
                .insert(db)
        }
    }

    private static func flagText(_ flags: OrderFlags) -> String {
        var parts: [String] = []
        if flags.pendingChange != nil { parts.append("changed in shop") }
        if flags.cancelRequestedAt != nil { parts.append("cancel requested") }
        return parts.isEmpty ? "no flags" : parts.joined(separator: ", ")
    }
}
