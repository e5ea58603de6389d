import GRDB
import ToteCore

/// Rows of `sku` and `sku_barcode`. Barcodes are keyed by their GTIN-14 form (so one number
/// written as UPC-A and as EAN-13 cannot belong to two SKUs) and kept in the text given.
enum SKURecord {
    /// Every SKU in insertion order, with its barcodes in insertion order.
    static func fetchAll(_ db: Database) throws -> [SKU] {
        var barcodes: [String: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT sku, barcode_text FROM sku_barcode ORDER BY rowid") {
            barcodes[row["sku"], default: []].append(row["barcode_text"])
        }
        return try Row.fetchAll(db, sql: "SELECT code, name, weight_g, bin FROM sku ORDER BY rowid").map { row in
            let code: String = row["code"]
            let binCode: String = row["bin"]
            guard let bin = BinLocation(code: binCode) else {
                throw StoreDataError(column: "sku.bin", value: binCode, key: code)
            }
            return SKU(code: code, name: row["name"], barcodes: barcodes[code] ?? [],
                       weightGrams: row["weight_g"], bin: bin)
        }
    }

    /// Inserts `sku` and its barcodes. The caller has validated them (`Catalog.init`), so every
    /// barcode parses as a GTIN.
    static func insert(_ sku: SKU, _ db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO sku (code, name, weight_g, bin) VALUES (?, ?, ?, ?)")
            .execute(arguments: [sku.code, sku.name, sku.weightGrams, sku.bin.code])
        let insertBarcode = try db.cachedStatement(sql: """
            INSERT INTO sku_barcode (gtin14, sku, barcode_text) VALUES (?, ?, ?)
            """)
        for text in sku.barcodes {
            guard let gtin = GTIN(text) else { continue }
            try insertBarcode.execute(arguments: [gtin.gtin14, sku.code, text])
        }
    }
}
