/// Reads Tote's native catalogue format: a JSON array (or JSON Lines) of SKUs in the shape of
/// the demo's `catalog.json` (`sku`, `name`, `barcodes`, `weight_g`, `bin`, and optionally
/// `dimensions_mm`, `stock`, `tags`).
public struct NativeCatalogImporter: Sendable {
    let existing: Catalog

    public init(existing: Catalog) { self.existing = existing }

    public func read(_ bytes: [UInt8]) -> CatalogImport {
        let split = JSONChunker.split(bytes)
        var result = CatalogImport()
        result.problems = split.problems
        var candidates: [(line: Int, sku: SKU, chunk: JSONChunker.Chunk)] = []
        var rejected: [JSONChunker.Chunk] = []
        for chunk in split.chunks {
            switch NativeDecoding.decode(SKU.self, chunk) {
            case .success(let sku):
                if sku.weightGrams < 0 {
                    result.problems.append(ImportProblem(line: chunk.line, column: "weight_g",
                        reason: "\(sku.weightGrams) is below 0 grams", key: sku.code))
                    result.rejectedKeys.append(sku.code)
                    rejected.append(chunk)
                } else {
                    candidates.append((chunk.line, sku, chunk))
                }
            case .failure(let problem):
                result.problems.append(problem)
                result.rejectedKeys.append("line \(chunk.line)")
                rejected.append(chunk)
            }
        }
        let checked = CatalogImportCheck.check(candidates.map { ($0.line, $0.sku) }, existing: existing)
        result.skus = checked.accepted
        result.problems += checked.problems
        for c in candidates where checked.rejected.contains(c.sku.code) {
            result.rejectedKeys.append(c.sku.code)
            rejected.append(c.chunk)
        }
        if !rejected.isEmpty {
            result.rejectsText = JSONChunker.render(rejected.sorted { $0.line < $1.line }, asArray: split.isArray)
        }
        result.problems.sort { $0.line < $1.line }
        return result
    }
}
