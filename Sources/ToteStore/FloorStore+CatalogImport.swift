import ToteCore

extension FloorStore {
    /// Adds new SKUs and replaces changed ones (name, barcodes, weight, bins, size, tags), in one
    /// transaction; SKUs not in the batch stay. Rolled back for `.dryRun`.
    ///
    /// The batch is validated against the store's catalogue by the importer (no barcode on two
    /// SKUs); should the store have changed in between, the unique barcode key refuses the
    /// transaction and nothing is written.
    /// - Parameter skipInvalid: false refuses a batch with any problem (`ImportRejected`).
    /// - Parameter now: milliseconds since 1970, for the audit row.
    public func importCatalog(_ batch: CatalogImport, mode: ImportMode, skipInvalid: Bool = false,
                              now: Int64 = 0) throws -> ImportCounts {
        guard skipInvalid || batch.problems.isEmpty else { throw ImportRejected(problems: batch.problems) }
        var counts = ImportCounts()
        counts.rejected = batch.rejectedKeys.count
        try inImportTransaction(mode: mode) { db in
            var existing: [String: SKU] = [:]
            for sku in try SKURecord.fetchAll(db) { existing[sku.code] = sku }
            for sku in batch.skus {
                switch existing[sku.code] {
                case nil:
                    try SKURecord.insert(sku, db)
                    counts.new += 1
                case let old? where old == sku:
                    counts.unchanged += 1
                case _?:
                    try SKURecord.update(sku, db)
                    counts.updated += 1
                }
            }
            try AuditEntry(at: now, station: Self.importActor, actor: Self.importActor, action: "import-catalog",
                           after: "\(counts.new) new, \(counts.updated) updated, \(counts.unchanged) unchanged").insert(db)
        }
        return counts
    }
}
