/// The rows of one order in a Shopify export, mapped to an `Order` or to the problems that
/// stop it.
struct ShopifyOrderRows {
    typealias C = ShopifyOrderColumns
    let header: CSVHeader
    let rows: [CSVRecord]
    let lookup: CatalogLookup
    let shipByRule: ShipByRule

    enum Kind { case order(Order), cancelled, fulfilled }
    struct Outcome { var kind: Kind?; var problems: [ImportProblem] }

    var number: String { value(C.name) }

    private func value(_ column: String, _ row: CSVRecord? = nil) -> String {
        (row ?? rows[0])[header.position(column)].importTrimmed
    }

    private func optional(_ column: String) -> String? {
        let v = value(column)
        return v.isEmpty ? nil : v
    }

    func map() -> Outcome {
        var problems: [ImportProblem] = []
        let head = rows[0]
        func problem(_ column: String, _ reason: String, line: Int? = nil) {
            problems.append(ImportProblem(line: line ?? head.line, column: column, reason: reason,
                                          key: number.isEmpty ? nil : number))
        }
        guard !number.isEmpty else {
            problem(C.name, "no order number; every row needs the order's Name (e.g. #1001)")
            return Outcome(kind: nil, problems: problems)
        }
        let financial = value(C.financialStatus).lowercased()
        if !value(C.cancelledAt).isEmpty || financial == "voided" || financial == "refunded" {
            return Outcome(kind: .cancelled, problems: [])
        }
        if value(C.fulfillmentStatus).lowercased() == "fulfilled" { return Outcome(kind: .fulfilled, problems: []) }

        let createdText = value(C.createdAt)
        let createdAt = ImportTimestamp.parse(createdText, defaultOffsetSeconds: shipByRule.utcOffsetSeconds)
        if createdAt == nil {
            problem(C.createdAt, createdText.isEmpty ? "missing; the first row of an order needs its creation time"
                    : "'\(createdText)' is not a time like 2024-03-05 14:22:10 +0100")
        }
        var paidAt: Int64?
        if let paidText = optional(C.paidAt) {
            paidAt = ImportTimestamp.parse(paidText, defaultOffsetSeconds: shipByRule.utcOffsetSeconds)
            if paidAt == nil { problem(C.paidAt, "'\(paidText)' is not a time like 2024-03-05 14:22:10 +0100") }
        }

        var lines: [OrderLine] = []
        for row in rows {
            if value(C.lineFulfillment, row).lowercased() == "fulfilled" { continue }
            if let line = mapLine(row, number: lines.count + 1, problems: &problems) { lines.append(line) }
        }
        if lines.isEmpty && problems.isEmpty { return Outcome(kind: .fulfilled, problems: []) }

        let shipTo = ShipTo(
            name: value(C.shipName), company: optional(C.company),
            address1: optional(C.address1) ?? value(C.street), address2: optional(C.address2),
            city: value(C.city), postalCode: ShopifyFields.unapostrophe(value(C.zip)),
            province: optional(C.province), country: value(C.country).uppercased(),
            phone: optional(C.phone).map(ShopifyFields.unapostrophe))
        let anyShipped = rows.contains { !["false", "no", "0"].contains(value(C.requiresShipping, $0).lowercased()) }
        if anyShipped {
            if shipTo.name.isEmpty { problem(C.shipName, "missing; a parcel needs the recipient's name") }
            if shipTo.address1.isEmpty { problem(C.address1, "missing; a parcel needs a street address") }
            if shipTo.city.isEmpty { problem(C.city, "missing; a parcel needs a city") }
            if !ShopifyFields.isCountryCode(shipTo.country) {
                problem(C.country, shipTo.country.isEmpty ? "missing; a parcel needs an ISO country code such as US"
                        : "'\(value(C.country))' is not a two-letter ISO country code such as US or SE")
            }
        }
        guard problems.isEmpty, let createdAt else { return Outcome(kind: nil, problems: problems) }

        let tags = ShopifyFields.tags(value(C.tags))
        let gift = ShopifyFields.gift(attributes: ShopifyFields.noteAttributes(value(C.noteAttributes)), tags: tags)
        let email = optional(C.email)
        let firstOrder = ShopifyFields.isFirstOrder(tags: tags)
        let method = value(C.shippingMethod)
        let order = Order(
            number: number, channel: optional(C.source)?.lowercased() ?? "web",
            priority: ShopifyFields.priority(tags: tags), service: ShopifyFields.service(fromMethod: method),
            carrier: ShopifyFields.carrier(fromMethod: method), shipBy: shipByRule.shipBy(createdAt: createdAt),
            createdAt: createdAt, shipTo: shipTo, lines: lines, paidAt: paidAt,
            customer: email != nil || firstOrder ? Customer(email: email, isFirstOrder: firstOrder) : nil,
            isGift: gift.isGift, giftMessage: gift.message, notes: optional(C.notes), tags: tags,
            currency: optional(C.currency)?.uppercased())
        return Outcome(kind: .order(order), problems: [])
    }

    private func mapLine(_ row: CSVRecord, number lineNumber: Int, problems: inout [ImportProblem]) -> OrderLine? {
        let count = problems.count
        func problem(_ column: String, _ reason: String) {
            problems.append(ImportProblem(line: row.line, column: column, reason: reason, key: number))
        }
        let quantityText = value(C.quantity, row)
        let quantity = Int(quantityText) ?? 0
        if quantity < 1 { problem(C.quantity, "'\(quantityText)' is not a whole number of units, 1 or more") }
        let name = value(C.lineName, row)
        var price: Int?
        let priceText = value(C.price, row)
        if !priceText.isEmpty {
            price = ImportMoney.minorUnits(priceText)
            if price == nil { problem(C.price, "'\(priceText)' is not an amount like 19.99") }
        }
        let shipsText = value(C.requiresShipping, row).lowercased()
        let ships: Bool
        switch shipsText {
        case "", "true", "yes", "1": ships = true
        case "false", "no", "0": ships = false
        default:
            ships = true
            problem(C.requiresShipping, "'\(shipsText)' is neither true nor false")
        }
        var sku = value(C.sku, row)
        let barcode = value(C.barcode, row)
        if ships {
            switch lookup.resolve(code: sku, barcode: barcode, name: name) {
            case .found(let code): sku = code
            case .unknownCode:
                problem(C.sku, "SKU \(sku) is not in the catalogue; import the catalogue first (tote import catalog FILE)")
            case .noMatch:
                problem(C.sku, "no SKU, and no catalogue item is named '\(name)'; add the SKU in the shop or the catalogue")
            case .ambiguousName:
                problem(C.sku, "no SKU, and several catalogue items are named '\(name)'; add the SKU in the shop")
            }
        }
        guard problems.count == count else { return nil }
        return OrderLine(lineNumber: lineNumber, sku: sku, name: name, quantity: quantity,
                         unitPriceMinor: price, requiresShipping: ships, barcode: barcode.isEmpty ? nil : barcode)
    }
}
