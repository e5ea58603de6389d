/// Checks incoming SKUs against each other and against the SKUs the store keeps: no SKU twice
/// in the file, no barcode shared by two SKUs.
enum CatalogImportCheck {
    struct Outcome { var accepted: [SKU]; var problems: [ImportProblem]; var rejected: Set<String> }

    static func check(_ incoming: [(line: Int, sku: SKU)], existing: Catalog) -> Outcome {
        let incomingCodes = Set(incoming.map(\.sku.code))
        var catalog = Catalog()
        for sku in existing.skus where !incomingCodes.contains(sku.code) {
            try? catalog.add(sku)
        }
        var outcome = Outcome(accepted: [], problems: [], rejected: [])
        for (line, sku) in incoming {
            do {
                try catalog.add(sku)
                outcome.accepted.append(sku)
            } catch {
                let reason = "\(error)" + ((error as? Catalog.BuildError).map {
                    if case .duplicateSKU = $0 { return "; keep one row per SKU" }
                    return "; each barcode belongs to one SKU"
                } ?? "")
                outcome.problems.append(ImportProblem(line: line, column: "", reason: reason, key: sku.code))
                outcome.rejected.insert(sku.code)
            }
        }
        return outcome
    }
}
