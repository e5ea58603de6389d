import ToteCore

extension FloorStore {
    /// The catalogue of SKUs, barcodes in the text they were stored with.
    /// - Throws: `StoreDataError` for a bin code this build cannot parse.
    public func loadCatalog() throws -> Catalog {
        let skus = try engine.read(SKURecord.fetchAll)
        return try Catalog(skus)
    }

    /// Replaces every SKU and order, and empties the scan and event logs, in one transaction.
    ///
    /// Orders go in unclaimed, with the status they carry and zero counts.
    /// - Throws: `Catalog.BuildError` for a duplicate SKU or barcode or an invalid GTIN (before
    ///   anything is written); a database error for duplicate order or line numbers or a
    ///   quantity below 1, in which case the store is left as it was.
    public func replaceAll(catalog: [SKU], orders: [Order]) throws {
        _ = try Catalog(catalog)
        try engine.write { db in
            // Children first, though cascades would do it: the logs have no foreign keys.
            for table in ["scan", "order_event", "order_line", "orders", "sku_barcode", "sku_bin", "sku"] {
                try db.execute(sql: "DELETE FROM \(table)")
            }
            for sku in catalog { try SKURecord.insert(sku, db) }
            for order in orders {
                try OrderRecord.insert(order, db)
                for line in order.lines { try OrderLineRecord.insert(line, order: order.number, db) }
            }
            // The old orders' history goes with them; the reload itself is the first row.
            try db.execute(sql: "DELETE FROM audit_log WHERE order_number IS NOT NULL")
            for order in orders {
                // Timed at the order's creation (seconds → ms): the load has no clock of its own.
                try AuditEntry(at: order.createdAt * 1000, station: Self.importActor, actor: Self.importActor, action: "load",
                               order: order.number, after: AuditEntry.state(order.status, heldBy: nil)).insert(db)
            }
        }
    }
}
