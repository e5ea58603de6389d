import ToteCore

/// Rows of `sku`, `sku_barcode` and `sku_bin`. Barcodes are keyed by their GTIN-14 form (so one
/// number written as UPC-A and as EAN-13 cannot belong to two SKUs) and kept in the text given.
enum SKURecord {
    /// Every SKU in insertion order, with its barcodes and bins in insertion order.
    static func fetchAll(_ db: StoreDatabase) throws -> [SKU] {
        var barcodes: [String: [String]] = [:]
        for row in try StoreRow.fetchAll(db, sql: "SELECT sku, barcode_text FROM sku_barcode ORDER BY rowid") {
            barcodes[row["sku"], default: []].append(row["barcode_text"])
        }
        var stock: [String: [BinStock]] = [:]
        for row in try StoreRow.fetchAll(db, sql: "SELECT sku, bin, quantity FROM sku_bin ORDER BY sku, position") {
            let code: String = row["sku"], binCode: String = row["bin"]
            guard let bin = BinLocation(code: binCode) else {
                throw StoreDataError(column: "sku_bin.bin", value: binCode, key: code)
            }
            stock[code, default: []].append(BinStock(bin: bin, quantity: row["quantity"]))
        }
        return try StoreRow.fetchAll(db, sql: """
            SELECT code, name, weight_g, bin, length_mm, width_mm, height_mm, tags_json FROM sku ORDER BY rowid
            """).map { row in
            let code: String = row["code"]
            let binCode: String = row["bin"]
            guard let bin = BinLocation(code: binCode) else {
                throw StoreDataError(column: "sku.bin", value: binCode, key: code)
            }
            var dimensions: Dimensions?
            if let l: Int = row["length_mm"], let w: Int = row["width_mm"], let h: Int = row["height_mm"] {
                dimensions = Dimensions(length: l, width: w, height: h)
            }
            return SKU(code: code, name: row["name"], barcodes: barcodes[code] ?? [], weightGrams: row["weight_g"],
                       bin: bin, dimensions: dimensions, stock: stock[code] ?? [],
                       tags: try StoreJSON.strings(row["tags_json"], column: "sku.tags_json", key: code))
        }
    }

    /// Inserts `sku` and its barcodes and bins. The caller has validated them (`Catalog.init`),
    /// so every barcode parses as a GTIN.
    static func insert(_ sku: SKU, _ db: StoreDatabase) throws {
        try db.cachedStatement(sql: """
            INSERT INTO sku (code, name, weight_g, bin, length_mm, width_mm, height_mm, tags_json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [sku.code, sku.name, sku.weightGrams, sku.bin.code, sku.dimensions?.length,
                                     sku.dimensions?.width, sku.dimensions?.height,
                                     sku.tags.isEmpty ? nil : try StoreJSON.text(sku.tags)])
        try insertChildren(sku, db)
    }

    /// Replaces the stored fields, barcodes and bins of an SKU the store holds.
    static func update(_ sku: SKU, _ db: StoreDatabase) throws {
        try db.cachedStatement(sql: """
            UPDATE sku SET name = ?, weight_g = ?, bin = ?, length_mm = ?, width_mm = ?, height_mm = ?, tags_json = ?
            WHERE code = ?
            """).execute(arguments: [sku.name, sku.weightGrams, sku.bin.code, sku.dimensions?.length,
                                     sku.dimensions?.width, sku.dimensions?.height,
                                     sku.tags.isEmpty ? nil : try StoreJSON.text(sku.tags), sku.code])
        try db.cachedStatement(sql: "DELETE FROM sku_barcode WHERE sku = ?").execute(arguments: [sku.code])
        try db.cachedStatement(sql: "DELETE FROM sku_bin WHERE sku = ?").execute(arguments: [sku.code])
        try insertChildren(sku, db)
    }

    private static func insertChildren(_ sku: SKU, _ db: StoreDatabase) throws {
        let insertBarcode = try db.cachedStatement(sql: """
            INSERT INTO sku_barcode (gtin14, sku, barcode_text) VALUES (?, ?, ?)
            """)
        for text in sku.barcodes {
            guard let gtin = GTIN(text) else { continue }
            try insertBarcode.execute(arguments: [gtin.gtin14, sku.code, text])
        }
        let insertBin = try db.cachedStatement(sql: "INSERT INTO sku_bin (sku, position, bin, quantity) VALUES (?, ?, ?, ?)")
        for (i, entry) in sku.stock.enumerated() {
            try insertBin.execute(arguments: [sku.code, i, entry.bin.code, entry.quantity])
        }
    }
}
