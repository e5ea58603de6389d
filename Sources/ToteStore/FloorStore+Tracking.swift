import ToteCore

extension FloorStore: TrackingSerialStore {
    /// One `BEGIN IMMEDIATE` transaction reads and bumps the counter, so across processes every
    /// serial has exactly one owner. A range moved up in the config starts at its new lower bound.
    public func nextSerial(carrier: String, account: String, range: ClosedRange<Int64>) throws -> Int64 {
        try engine.write { db in
            let stored = try Int64.fetchOne(db, sql: "SELECT next_serial FROM tracking_serial WHERE carrier = ? AND account = ?",
                                            arguments: [carrier, account])
            let serial = max(stored ?? range.lowerBound, range.lowerBound)
            guard serial <= range.upperBound else {
                throw TrackingSerialExhausted(carrier: carrier, account: account, range: range)
            }
            try db.execute(sql: """
                INSERT INTO tracking_serial (carrier, account, next_serial) VALUES (?, ?, ?)
                ON CONFLICT (carrier, account) DO UPDATE SET next_serial = excluded.next_serial
                """, arguments: [carrier, account, serial + 1])
            return serial
        }
    }

    public func recordTracking(number: String, carrier: String, order: String, carton: Int, nowMillis: Int64) throws {
        try engine.write { db in
            try db.execute(sql: """
                INSERT INTO tracking_number (number, carrier, order_number, carton, issued_at_ms) VALUES (?, ?, ?, ?, ?)
                """, arguments: [number, carrier, order, carton, nowMillis])
            try AuditEntry(at: nowMillis, station: carrier, actor: Self.printQueueActor, action: "tracking", order: order,
                           after: "carton \(carton) tracking \(number)").insert(db)
        }
    }

    /// Needs `Permission.voidLabel` for the badge `supervisor`, checked in the same transaction:
    /// refused, it throws `RightsError` and writes nothing.
    public func voidTracking(number: String, reason: String, by supervisor: String, nowMillis: Int64) throws -> Bool {
        try engine.write { db in
            try StoreAuthorizer.authorize(db, badge: supervisor, .voidLabel)
            try db.execute(sql: """
                UPDATE tracking_number SET voided_at_ms = ?, voided_by = ?, void_reason = ?
                WHERE number = ? AND voided_at_ms IS NULL
                """, arguments: [nowMillis, supervisor, reason, number])
            guard db.changesCount == 1 else { return false }
            let order = try String.fetchOne(db, sql: "SELECT order_number FROM tracking_number WHERE number = ?",
                                            arguments: [number])
            try AuditEntry(at: nowMillis, station: Self.supervisorStation, actor: supervisor, action: "void", order: order,
                           before: "tracking \(number) active", after: "tracking \(number) void: \(reason)").insert(db)
            return true
        }
    }

    public func activeTracking(order: String, carton: Int) throws -> String? {
        try engine.read { db in
            try String.fetchOne(db, sql: """
                SELECT number FROM tracking_number WHERE order_number = ? AND carton = ? AND voided_at_ms IS NULL
                ORDER BY issued_at_ms DESC, rowid DESC LIMIT 1
                """, arguments: [order, carton])
        }
    }

    /// The void record of `number`: who, why and when (ms since 1970); nil when not void.
    public func voidRecord(number: String) throws -> (by: String, reason: String, atMillis: Int64)? {
        try engine.read { db in
            guard let row = try StoreRow.fetchOne(db, sql: """
                SELECT voided_by, void_reason, voided_at_ms FROM tracking_number WHERE number = ? AND voided_at_ms IS NOT NULL
                """, arguments: [number]) else { return nil }
            return (row[0], row[1], row[2])
        }
    }
}
