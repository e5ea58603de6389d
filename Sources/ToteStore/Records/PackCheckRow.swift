import ToteCore

/// Rows of `pack_check` (one per order and checklist key) and the order's scale reading and
/// service choice: the pack checklist's progress besides line counts.
enum PackCheckRow {
    /// Applies a checklist effect to order `number` (the caller checked the claim). False when
    /// the guard stops it: a count that would leave `0...of`, a carton already chosen, an
    /// override already given, or taking back what is not there.
    static func apply(_ effect: ScanRecord.Effect, order number: String, _ db: StoreDatabase) throws -> Bool {
        switch effect {
        case .check(let key, let units, let of):
            guard units != 0 else { return false }
            try ensureRow(number, key, db)
            try db.execute(sql: """
                UPDATE pack_check SET units = units + ? WHERE order_number = ? AND key = ? AND units + ? BETWEEN 0 AND ?
                """, arguments: [units, number, key, units, of])
        case .carton(let key, let code?):
            try ensureRow(number, key, db)
            try db.execute(sql: "UPDATE pack_check SET carton_code = ? WHERE order_number = ? AND key = ? AND carton_code IS NULL",
                           arguments: [code, number, key])
        case .carton(let key, nil):
            try db.execute(sql: "UPDATE pack_check SET carton_code = NULL WHERE order_number = ? AND key = ? AND carton_code IS NOT NULL",
                           arguments: [number, key])
        case .override(let key, let by?, let reason):
            // Rights live here too, not only on the screen: with users set up, only a lead or
            // above may accept a missing item (the scan is then logged as refused).
            do { try StoreAuthorizer.authorize(db, badge: by, .overrideMissingItem) } catch { return false }
            try ensureRow(number, key, db)
            try db.execute(sql: """
                UPDATE pack_check SET override_by = ?, override_reason = ? WHERE order_number = ? AND key = ? AND override_by IS NULL
                """, arguments: [by, reason ?? "", number, key])
        case .override(let key, nil, _):
            try db.execute(sql: """
                UPDATE pack_check SET override_by = NULL, override_reason = NULL
                WHERE order_number = ? AND key = ? AND override_by IS NOT NULL
                """, arguments: [number, key])
        case .weight(let grams):
            try db.execute(sql: "UPDATE orders SET weighed_g = ? WHERE number = ?", arguments: [grams, number])
        case .service(let id):
            try db.execute(sql: "UPDATE orders SET chosen_service = ? WHERE number = ?", arguments: [id, number])
        case .pick, .pack, .unpack, .packUnits:
            return false
        }
        return db.changesCount > 0
    }

    /// Saved checks of order `number` by key.
    static func fetchAll(_ db: StoreDatabase, order number: String) throws -> [String: PackCheckState] {
        var out: [String: PackCheckState] = [:]
        for row in try StoreRow.fetchAll(db, sql: "SELECT * FROM pack_check WHERE order_number = ?", arguments: [number]) {
            out[row["key"]] = PackCheckState(units: row["units"], cartonCode: row["carton_code"],
                                             overrideBy: row["override_by"], overrideReason: row["override_reason"])
        }
        return out
    }

    /// Order lines a supervisor accepted as done although units are missing.
    static func overriddenLines(_ db: StoreDatabase, order number: String) throws -> Set<Int> {
        let keys = try String.fetchAll(db, sql: """
            SELECT key FROM pack_check WHERE order_number = ? AND override_by IS NOT NULL AND key LIKE 'line:%'
            """, arguments: [number])
        return Set(keys.compactMap { Int($0.dropFirst("line:".count)) })
    }

    private static func ensureRow(_ number: String, _ key: String, _ db: StoreDatabase) throws {
        try db.execute(sql: "INSERT INTO pack_check (order_number, key) VALUES (?, ?) ON CONFLICT DO NOTHING", arguments: [number, key])
    }
}
