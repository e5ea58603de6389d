import ToteCore

/// One row of `order_line`: the ordered line and the units committed against it.
///
/// `line.quantity` is what the line ships: the ordered quantity less `short_units` (units a
/// partial short pick cut). Lines cut to nothing are left out.
/// Invariant (enforced by CHECK constraints): `0 <= picked, packed <= quantity`.
struct OrderLineRecord {
    var line: OrderLine
    var picked: Int
    var packed: Int

    /// The lines of `order` by line number.
    static func fetchAll(_ db: StoreDatabase, order number: String) throws -> [OrderLineRecord] {
        try StoreRow.fetchAll(db.cachedStatement(sql: """
            SELECT line, sku, name, quantity - short_units AS quantity, picked, packed, unit_price_minor,
                   requires_shipping, barcode
            FROM order_line WHERE order_number = ? AND quantity > short_units ORDER BY line
            """), arguments: [number]).map { row in
                OrderLineRecord(
                    line: OrderLine(lineNumber: row["line"], sku: row["sku"], name: row["name"], quantity: row["quantity"],
                                    unitPriceMinor: row["unit_price_minor"], requiresShipping: row["requires_shipping"],
                                    barcode: row["barcode"]),
                    picked: row["picked"], packed: row["packed"])
            }
    }

    static func insert(_ line: OrderLine, order number: String, _ db: StoreDatabase) throws {
        try db.cachedStatement(sql: """
            INSERT INTO order_line (order_number, line, sku, name, quantity, unit_price_minor, requires_shipping, barcode)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [number, line.lineNumber, line.sku, line.name, line.quantity,
                                     line.unitPriceMinor, line.requiresShipping, line.barcode])
    }
}
