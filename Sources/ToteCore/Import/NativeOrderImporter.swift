/// Reads Tote's native order format: a JSON array of orders or JSON Lines (one order per line).
/// Validation is the same as for Shopify files; see config/import/README.md for the fields.
public struct NativeOrderImporter: Sendable {
    public let lookup: CatalogLookup
    public let shipByRule: ShipByRule

    public init(catalog: Catalog, shipByRule: ShipByRule) {
        self.lookup = CatalogLookup(catalog)
        self.shipByRule = shipByRule
    }

    public func read(_ bytes: [UInt8], progress: ((Double) -> Void)? = nil) -> OrderImport {
        let split = JSONChunker.split(bytes)
        var result = OrderImport()
        result.problems = split.problems
        var seen: Set<String> = []
        var rejected: [JSONChunker.Chunk] = []
        for (index, chunk) in split.chunks.enumerated() {
            if index % 1024 == 0 { progress?(Double(index) / Double(max(split.chunks.count, 1))) }
            var problems: [ImportProblem] = []
            var key = "line \(chunk.line)"
            switch NativeDecoding.decode(NativeOrder.self, chunk) {
            case .failure(let p):
                problems.append(p)
            case .success(let native):
                key = native.number
                if !seen.insert(native.number).inserted {
                    problems.append(ImportProblem(line: chunk.line, column: "number",
                        reason: "order \(native.number) is in the file twice; keep one", key: native.number))
                }
                if native.cancelled == true {
                    if problems.isEmpty { result.cancellations.append(native.number) }
                } else if native.fulfilled == true {
                    if problems.isEmpty { result.skippedFulfilled += 1 }
                } else {
                    switch map(native, line: chunk.line) {
                    case .success(let order): if problems.isEmpty { result.orders.append(order) }
                    case .failure(let list): problems += list.problems
                    }
                }
            }
            if !problems.isEmpty {
                result.problems += problems
                result.rejectedKeys.append(key)
                rejected.append(chunk)
            }
        }
        progress?(1)
        if !rejected.isEmpty { result.rejectsText = JSONChunker.render(rejected, asArray: split.isArray) }
        return result
    }

    struct Problems: Error { var problems: [ImportProblem] }

    func map(_ n: NativeOrder, line: Int) -> Result<Order, Problems> {
        var problems: [ImportProblem] = []
        func problem(_ column: String, _ reason: String) {
            problems.append(ImportProblem(line: line, column: column, reason: reason, key: n.number))
        }
        let offset = shipByRule.utcOffsetSeconds
        if n.number.importTrimmed.isEmpty { problem("number", "empty; give the shop's order number") }
        let createdAt = n.createdAt.seconds(offset: offset)
        if createdAt == nil { problem("created_at", "not seconds since 1970 or a time like 2024-03-05T14:22:10Z") }
        let paidAt = n.paidAt.flatMap { $0.seconds(offset: offset) }
        if n.paidAt != nil, paidAt == nil { problem("paid_at", "not seconds since 1970 or a time like 2024-03-05T14:22:10Z") }
        let shipBy = n.shipBy.flatMap { $0.seconds(offset: offset) }
        if n.shipBy != nil, shipBy == nil { problem("ship_by", "not seconds since 1970 or a time like 2024-03-05T16:00:00Z") }
        var lines: [OrderLine] = []
        if n.lines.isEmpty { problem("lines", "empty; an order needs at least one line") }
        for (i, l) in n.lines.enumerated() {
            let at = "lines[\(i)]"
            if l.quantity < 1 { problem(at + ".quantity", "\(l.quantity) is not 1 or more") }
            var price = l.unitPriceMinor
            if price == nil, let text = l.unitPrice {
                price = ImportMoney.minorUnits(text)
                if price == nil { problem(at + ".unit_price", "'\(text)' is not an amount like \"19.99\"") }
            }
            let ships = l.requiresShipping ?? true
            var sku = l.sku?.importTrimmed ?? ""
            if ships {
                switch lookup.resolve(code: sku, barcode: l.barcode ?? "", name: l.name) {
                case .found(let code): sku = code
                case .unknownCode: problem(at + ".sku", "SKU \(sku) is not in the catalogue; import the catalogue first")
                case .noMatch: problem(at + ".sku", "no SKU, and no catalogue item is named '\(l.name)'")
                case .ambiguousName: problem(at + ".sku", "no SKU, and several catalogue items are named '\(l.name)'")
                }
            }
            lines.append(OrderLine(lineNumber: l.line ?? i + 1, sku: sku, name: l.name, quantity: l.quantity,
                                   unitPriceMinor: price, requiresShipping: ships, barcode: l.barcode))
        }
        if Set(lines.map(\.lineNumber)).count != lines.count { problem("lines", "two lines have the same \"line\" number") }
        let shipTo = n.shipTo ?? ShipTo(name: "", address1: "", city: "", postalCode: "", country: "")
        if lines.contains(where: \.requiresShipping) {
            if n.shipTo == nil { problem("ship_to", "missing; a parcel needs an address") } else {
                if shipTo.name.isEmpty { problem("ship_to.name", "empty; a parcel needs the recipient's name") }
                if shipTo.address1.isEmpty { problem("ship_to.address1", "empty; a parcel needs a street address") }
                if shipTo.city.isEmpty { problem("ship_to.city", "empty; a parcel needs a city") }
                if !ShopifyFields.isCountryCode(shipTo.country) {
                    problem("ship_to.country", "'\(shipTo.country)' is not a two-letter ISO country code such as US")
                }
            }
        }
        guard problems.isEmpty, let createdAt else { return .failure(Problems(problems: problems)) }
        let method = n.shippingMethod ?? ""
        let tags = n.tags ?? []
        return .success(Order(
            number: n.number, channel: n.channel ?? "web", priority: n.priority ?? ShopifyFields.priority(tags: tags),
            service: n.service ?? ShopifyFields.service(fromMethod: method),
            carrier: n.carrier ?? ShopifyFields.carrier(fromMethod: method),
            shipBy: shipBy ?? shipByRule.shipBy(createdAt: createdAt), createdAt: createdAt,
            shipTo: ShipTo(name: shipTo.name, company: shipTo.company, address1: shipTo.address1,
                           address2: shipTo.address2, city: shipTo.city,
                           postalCode: ShopifyFields.unapostrophe(shipTo.postalCode), province: shipTo.province,
                           country: shipTo.country, phone: shipTo.phone),
            lines: lines, paidAt: paidAt, customer: n.customer, isGift: n.gift ?? (n.giftMessage != nil),
            giftMessage: n.giftMessage, notes: n.notes, tags: tags, currency: n.currency))
    }
}
