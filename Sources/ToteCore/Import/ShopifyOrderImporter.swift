/// Reads a Shopify orders export (CSV) into orders.
///
/// One order spans consecutive rows with the same `Name`: the first row carries the order
/// fields, every row one line item. Cancelled (also voided or refunded) orders become
/// cancellations; fulfilled ones are skipped and counted; line items already fulfilled are
/// dropped. Lines without SKU are matched in the catalogue by barcode or name; lines that need
/// no shipping (gift cards) stay on the order without a SKU.
public struct ShopifyOrderImporter: Sendable {
    public let lookup: CatalogLookup
    public let shipByRule: ShipByRule

    public init(catalog: Catalog, shipByRule: ShipByRule) {
        self.lookup = CatalogLookup(catalog)
        self.shipByRule = shipByRule
    }

    /// Reads the whole file. `progress` gets the fraction (0…1) of orders mapped.
    public func read(_ bytes: [UInt8], progress: ((Double) -> Void)? = nil) -> OrderImport {
        let csv = CSVReader.read(bytes)
        var result = OrderImport()
        guard let first = csv.records.first else {
            result.problems = csv.problems + [ImportProblem(line: 1, column: "",
                reason: "the file is empty; export the orders from Shopify (Orders › Export › CSV)")]
            return result
        }
        let header = CSVHeader(first)
        let missing = header.missing(ShopifyOrderColumns.required)
        guard missing.isEmpty else {
            result.problems = [ImportProblem(line: first.line, column: missing.joined(separator: ", "),
                reason: "missing column(s); this is not a Shopify orders export (or its header row was edited)")]
            return result
        }
        let groups = Self.group(Array(csv.records.dropFirst()), header: header, problems: &result.problems)
        var seen: Set<String> = []
        var rejectedRows: [CSVRecord] = []
        for (index, group) in groups.enumerated() {
            if index % 1024 == 0 { progress?(Double(index) / Double(max(groups.count, 1))) }
            let reader = ShopifyOrderRows(header: header, rows: group, lookup: lookup, shipByRule: shipByRule)
            var problems = csv.problems.filter { p in group.contains { $0.line == p.line } }
            let number = reader.number
            if !number.isEmpty, !seen.insert(number).inserted {
                problems.append(ImportProblem(line: group[0].line, column: ShopifyOrderColumns.name,
                    reason: "order \(number) appears again further down; keep all rows of an order together",
                    key: number))
            }
            let outcome = reader.map()
            problems += outcome.problems
            if !problems.isEmpty {
                result.problems += problems
                result.rejectedKeys.append(number.isEmpty ? "line \(group[0].line)" : number)
                rejectedRows += group
                continue
            }
            switch outcome.kind {
            case .order(let order): result.orders.append(order)
            case .cancelled: result.cancellations.append(number)
            case .fulfilled: result.skippedFulfilled += 1
            case .none: break
            }
        }
        progress?(1)
        if !rejectedRows.isEmpty {
            result.rejectsText = CSVWriter.line(header.names) + rejectedRows.map { CSVWriter.line($0.fields) }.joined()
        }
        return result
    }

    /// Splits rows into orders: a run of rows with the same `Name`.
    static func group(_ rows: [CSVRecord], header: CSVHeader, problems: inout [ImportProblem]) -> [[CSVRecord]] {
        let nameColumn = header.position(ShopifyOrderColumns.name)
        var groups: [[CSVRecord]] = []
        var current: [CSVRecord] = []
        var currentName: String?
        for row in rows {
            let name = row[nameColumn].importTrimmed
            if name != currentName || name.isEmpty {
                if !current.isEmpty { groups.append(current) }
                current = []
                currentName = name
            }
            current.append(row)
        }
        if !current.isEmpty { groups.append(current) }
        return groups
    }
}
