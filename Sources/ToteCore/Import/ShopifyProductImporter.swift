/// Reads a Shopify products export (CSV) into SKUs: one SKU per variant row with a
/// `Variant SKU`. A product's first row carries `Title` and `Tags`; its other rows only the
/// variant. Shopify has no bin column, so Tote reads an extra `Bin Location` column
/// (`A03-B-12-2`, or `A03-B-12-2:12; A04-A-01-1:6` with quantities); an SKU already in the
/// store keeps its bin when the column is empty. Optional extra columns `Length (mm)`,
/// `Width (mm)`, `Height (mm)` give the unit's size. Variants that need no shipping are skipped.
public struct ShopifyProductImporter: Sendable {
    let existing: Catalog

    public init(existing: Catalog) { self.existing = existing }

    static let handle = "Handle", title = "Title", tags = "Tags", sku = "Variant SKU", grams = "Variant Grams"
    static let barcode = "Variant Barcode", ships = "Variant Requires Shipping", bin = "Bin Location"
    static let options = ["Option1 Value", "Option2 Value", "Option3 Value"]
    static let sizes = ["Length (mm)", "Width (mm)", "Height (mm)"]

    public func read(_ bytes: [UInt8]) -> CatalogImport {
        let csv = CSVReader.read(bytes)
        var result = CatalogImport()
        result.problems = csv.problems
        guard let first = csv.records.first else {
            result.problems.append(ImportProblem(line: 1, column: "", reason: "the file is empty"))
            return result
        }
        let header = CSVHeader(first)
        let missing = header.missing([Self.handle, Self.title, Self.sku])
        guard missing.isEmpty else {
            result.problems.append(ImportProblem(line: first.line, column: missing.joined(separator: ", "),
                reason: "missing column(s); this is not a Shopify products export"))
            return result
        }
        var title = "", tags: [String] = [], handle = ""
        var candidates: [(CSVRecord, SKU)] = []
        var rejected: [CSVRecord] = []
        for row in csv.records.dropFirst() {
            func v(_ c: String) -> String { row[header.position(c)].importTrimmed }
            if v(Self.handle) != handle {
                handle = v(Self.handle)
                title = v(Self.title)
                tags = ShopifyFields.tags(v(Self.tags)).map { $0.lowercased() }
            }
            let code = v(Self.sku)
            guard !code.isEmpty, !["false", "no"].contains(v(Self.ships).lowercased()) else { continue }
            var problems: [ImportProblem] = []
            func problem(_ c: String, _ r: String) { problems.append(ImportProblem(line: row.line, column: c, reason: r, key: code)) }
            let options = Self.options.map(v).filter { !$0.isEmpty && $0 != "Default Title" }
            let name = ([title.isEmpty ? handle : title] + options).joined(separator: ", ")
            let old = existing.sku(code: code)
            var grams = old?.weightGrams ?? 0
            if !v(Self.grams).isEmpty {
                if let g = Double(v(Self.grams)), g >= 0 { grams = Int(g.rounded()) } else {
                    problem(Self.grams, "'\(v(Self.grams))' is not a weight in grams")
                }
            }
            let barcodeText = ShopifyFields.unapostrophe(v(Self.barcode))
            var barcodes: [String] = []
            if !barcodeText.isEmpty {
                if GTIN(barcodeText) != nil { barcodes = [barcodeText] } else {
                    problem(Self.barcode, "'\(barcodeText)' is not a valid GTIN (8, 12, 13 or 14 digits with check digit)")
                }
            }
            var stock = old?.stock ?? []
            var bin = old?.bin
            let binText = v(Self.bin)
            if !binText.isEmpty {
                if let parsed = Self.stock(binText) { stock = parsed.count == 1 && parsed[0].quantity < 0 ? [] : parsed
                    bin = parsed.first?.bin
                } else { problem(Self.bin, "'\(binText)' is not a bin like A03-B-12-2 (or A03-B-12-2:12; A04-A-01-1:6)") }
            } else if bin == nil {
                problem(Self.bin, "missing; add a 'Bin Location' column with the bin (e.g. A03-B-12-2)")
            }
            var dims: [Int] = []
            for c in Self.sizes where !v(c).isEmpty {
                if let n = Int(v(c)), n > 0 { dims.append(n) } else { problem(c, "'\(v(c))' is not millimetres (a whole number)") }
            }
            if !dims.isEmpty && dims.count != 3 { problem(Self.sizes[0], "give all three of length, width and height, or none") }
            guard problems.isEmpty, let bin else {
                result.problems += problems
                result.rejectedKeys.append(code)
                rejected.append(row)
                continue
            }
            let dimensions = dims.count == 3 ? Dimensions(length: dims[0], width: dims[1], height: dims[2]) : old?.dimensions
            candidates.append((row, SKU(code: code, name: name, barcodes: barcodes, weightGrams: grams, bin: bin,
                                        dimensions: dimensions, stock: stock, tags: tags)))
        }
        let checked = CatalogImportCheck.check(candidates.map { ($0.0.line, $0.1) }, existing: existing)
        result.skus = checked.accepted
        result.problems += checked.problems
        for (row, sku) in candidates where checked.rejected.contains(sku.code) {
            result.rejectedKeys.append(sku.code)
            rejected.append(row)
        }
        if !rejected.isEmpty {
            result.rejectsText = CSVWriter.line(header.names) + rejected.sorted { $0.line < $1.line }
                .map { CSVWriter.line($0.fields) }.joined()
        }
        return result
    }

    /// `A03-B-12-2` (quantity unknown: -1) or `BIN:QTY; BIN:QTY`.
    static func stock(_ text: String) -> [BinStock]? {
        var out: [BinStock] = []
        for part in text.split(whereSeparator: { $0 == ";" || $0 == "|" }) {
            let pieces = part.split(separator: ":")
            guard (1...2).contains(pieces.count), let bin = BinLocation(code: pieces[0].importTrimmedText) else { return nil }
            var qty = -1
            if pieces.count == 2 { guard let q = Int(pieces[1].importTrimmedText), q >= 0 else { return nil }; qty = q }
            out.append(BinStock(bin: bin, quantity: qty))
        }
        if out.count > 1, out.contains(where: { $0.quantity < 0 }) { return nil }
        return out.isEmpty ? nil : out
    }
}
