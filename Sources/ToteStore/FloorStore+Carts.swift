import ToteCore

extension FloorStore: CartStore {
    public func claimCart(_ cart: String, orders: [String], station: String, actor: String, now: Int64) throws -> [OrderProgress] {
        try engine.write { db in
            var claimed: [OrderProgress] = []
            for (i, number) in orders.enumerated() {
                try db.execute(sql: """
                    UPDATE orders SET claimed_by = ?, claimed_at = ?, status = 'picking', cart = ?, cart_tote = ?
                    WHERE number = ? AND claimed_by IS NULL AND status = 'new'
                    """, arguments: [station, now, cart, i + 1, number])
                guard db.changesCount > 0 else { continue }
                try OrderEventRecord.insert(order: number, from: .new, to: .picking, station: station, atMillis: now, db)
                try AuditEntry(at: now, station: station, actor: actor, action: "claim", order: number,
                               before: "new", after: "picking @\(station) on \(cart) tote \(i + 1)").insert(db)
                if let progress = try OrderProgress.fetch(db, number: number) { claimed.append(progress) }
            }
            return claimed
        }
    }

    public func activeCart(station: String) throws -> (cart: String, orders: [OrderProgress])? {
        try engine.read { db in
            let rows = try StoreRow.fetchAll(db, sql: """
                SELECT number, cart FROM orders WHERE claimed_by = ? AND cart IS NOT NULL AND status = 'picking'
                ORDER BY cart_tote, number
                """, arguments: [station])
            guard let cart: String = rows.first?["cart"] else { return nil }
            let orders = try rows.filter { ($0["cart"] as String) == cart }.compactMap { try OrderProgress.fetch(db, number: $0["number"]) }
            return (cart, orders)
        }
    }

    public func closeCart(_ cart: String, station: String, actor: String, now: Int64) throws -> Int {
        try engine.write { db in
            let numbers = try String.fetchAll(db, sql: """
                SELECT number FROM orders WHERE cart = ? AND claimed_by = ? AND status = 'picking'
                """, arguments: [cart, station])
            for number in numbers {
                try db.execute(sql: "UPDATE orders SET status = 'picked', claimed_by = NULL, claimed_at = NULL WHERE number = ?",
                               arguments: [number])
                try OrderEventRecord.insert(order: number, from: .picking, to: .picked, station: station, atMillis: now, db)
                try AuditEntry(at: now, station: station, actor: actor, action: "cart-picked", order: number,
                               before: "picking on \(cart)", after: "picked, waiting for a pack station").insert(db)
            }
            return numbers.count
        }
    }

    public func sortItem(sku: String, station: String, actor: String, now: Int64) throws -> (OrderProgress, cart: String, tote: Int)? {
        try engine.write { db in
            guard let row = try StoreRow.fetchOne(db, sql: """
                SELECT o.number, o.cart, o.cart_tote FROM orders o
                WHERE o.cart IS NOT NULL AND o.status = 'picked' AND o.claimed_by IS NULL
                  AND EXISTS (SELECT 1 FROM order_line l WHERE l.order_number = o.number AND l.sku = ?
                              AND l.requires_shipping = 1 AND l.packed < l.quantity - l.short_units)
                ORDER BY o.cart, o.cart_tote LIMIT 1
                """, arguments: [sku]) else { return nil }
            let number: String = row["number"]
            try db.execute(sql: "UPDATE orders SET claimed_by = ?, claimed_at = ? WHERE number = ? AND claimed_by IS NULL",
                           arguments: [station, now, number])
            try AuditEntry(at: now, station: station, actor: actor, action: "claim", order: number,
                           before: "picked", after: "sorted to \(station) by \(sku)").insert(db)
            guard let progress = try OrderProgress.fetch(db, number: number) else { return nil }
            return (progress, row["cart"], row["cart_tote"])
        }
    }
}

/// SQL shared by the release paths.
enum CartColumns {
    /// A cart order released mid-walk leaves its cart (the cart's walk no longer serves it and
    /// any station may take it singly); one released after the cart closed (picked, being
    /// sorted at a pack station) keeps its cart and tote. Reads the row's status before the update.
    static let clearWhilePicking = "cart = CASE WHEN status = 'picking' THEN NULL ELSE cart END, "
        + "cart_tote = CASE WHEN status = 'picking' THEN NULL ELSE cart_tote END"
}
