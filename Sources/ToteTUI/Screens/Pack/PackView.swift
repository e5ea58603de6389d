import ToteCore

/// The pack check: instructions on top where they cannot be missed, then every item to check
/// off (lines, inserts, materials, the gift card, cartons), then the weight and the next step.
struct PackView {
    let strings: Strings
    let utcOffset: Int
    let weighParcels: Bool
    let tolerance: WeightTolerance
    /// The carrier service the box ships with; nil hides the line.
    var service: ServiceSelection?

    func render(_ state: AppState, into grid: inout Grid, area: Rect) {
        guard let work = state.work else { return }
        let pack = work.pack
        let plan = pack.plan
        let units = work.lineUnits
        OrderHeader(strings: strings, utcOffset: utcOffset)
            .render(work.order, screenTitle: strings.text(.packTitle), progress: "\(units.have)/\(units.of)",
                    now: state.nowMillis / 1000, flags: work.flags, link: state.link, into: &grid, area: area)
        var y = area.y + 2
        let bottom = area.y + area.height
        // Instructions and the gift message come first: they change how the box is packed.
        for text in plan.instructions where y < bottom - 4 {
            grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), role: .warning)
            grid.put(" ▶ " + text, x: area.x, y: y, maxWidth: area.width, role: .warning)
            y += 1
        }
        if let gift = plan.giftMessage, y < bottom - 4 {
            let note = plan.hidePrices ? " · " + strings.text(.packNoPrices) : ""
            grid.put(" " + strings.text(.packGiftMessage, ["text": "“" + gift + "”"]) + note, x: area.x, y: y,
                     maxWidth: area.width, role: .accent)
            y += 1
        } else if plan.hidePrices, y < bottom - 4 {
            grid.put(" " + strings.text(.packNoPrices), x: area.x, y: y, maxWidth: area.width, role: .accent)
            y += 1
        }
        let headers = ["", strings.text(.colSKU), strings.text(.colName), strings.text(.colQty), strings.text(.colVerified)]
        let widths = Columns.widths(fixed: [1, 14, 4, 6], flexIndex: 2, total: area.width, headers: headers)
        let right: Set<Int> = [3, 4]
        Columns.draw(headers, widths: widths, right: right, into: &grid, y: y, role: .header)
        let listTop = y + 1
        let footer = service == nil ? 2 : 3
        let listRows = max(0, bottom - footer - listTop)
        let cursor = work.cursorItem
        let first = PickView.firstVisible(current: cursor ?? 0, count: plan.items.count, rows: listRows)
        for (row, i) in (first..<min(plan.items.count, first + listRows)).enumerated() {
            let item = plan.items[i]
            let done = pack.isDone(i)
            let overridden = pack.overrides[i] != nil
            let role: Role = overridden ? .warning : (done ? .ok : (i == cursor ? .selected : .normal))
            let mark = overridden ? "!" : (done ? "✓" : (i == cursor ? "▶" : ""))
            let have = overridden ? strings.text(.packOverrideMark) : String(pack.counts[i])
            Columns.draw([mark, code(item, pack.chosenCartons[i]), name(item, plan), String(item.quantity), have],
                         widths: widths, right: right, into: &grid, y: listTop + row, role: role)
        }
        if weighParcels {
            let line: String
            if let g = work.weighedGrams {
                line = strings.text(.packWeightDone, ["grams": AppReducer.grams(g)])
            } else {
                let expected = pack.expectedGrams
                line = strings.text(.packWeightExpected, ["grams": AppReducer.grams(expected),
                                                          "allowed": AppReducer.grams(tolerance.allowance(forExpected: expected))])
            }
            grid.put(" " + line, x: area.x, y: bottom - 2, maxWidth: area.width, role: work.weighedGrams == nil ? .dim : .ok)
        }
        if let service {
            // The station's language writes the price and the date (15,00 and 30.11.2026 in Romanian).
            let day = CalendarDay(daysSince1970: service.deliveryDate.day).civil
            var line = strings.text(.packServiceLine, ["service": service.service.name,
                                                       "price": strings.format.money(minor: service.priceMinor),
                                                       "date": strings.format.date(year: day.year, month: day.month, day: day.day)])
            if !service.meetsPromise { line += strings.text(.packServiceLate) }
            grid.put(" " + line, x: area.x, y: bottom - 3, maxWidth: area.width, role: service.meetsPromise ? .normal : .warning)
        }
        let next = nextStep(work)
        grid.put(" " + next.text, x: area.x, y: bottom - 1, maxWidth: area.width, role: next.role)
    }

    /// What the row says: for a box of a split order, also what goes in it (`2× MUG-WHT, 1× TEE`).
    private func name(_ item: PackPlanItem, _ plan: PackPlan) -> String {
        guard case .carton(let load) = item.kind, plan.cartons.isSplit, plan.cartons.loads.indices.contains(load) else {
            return item.name
        }
        return item.name + " · " + plan.cartons.loads[load].contents.map { "\($0.quantity)× \($0.sku)" }.joined(separator: ", ")
    }

    /// The second column: the SKU for lines, the kind for everything else.
    private func code(_ item: PackPlanItem, _ chosen: Carton?) -> String {
        switch item.kind {
        case .line(_, let sku): return sku
        case .insert: return strings.text(.packKindInsert)
        case .material: return strings.text(.packKindMaterial)
        case .giftCard: return strings.text(.packKindGift)
        case .carton: return chosen?.barcode ?? strings.text(.packKindCarton)
        }
    }

    /// What the packer does next, in words.
    private func nextStep(_ work: WorkState) -> (text: String, role: Role) {
        let pack = work.pack
        if work.finishing { return (strings.text(.packFinishing, ["order": work.order.number]), .ok) }
        guard let i = work.cursorItem else {
            if weighParcels && work.weighedGrams == nil { return (strings.text(.packNextWeigh), .accent) }
            return (strings.text(.packAllVerified), .ok)
        }
        let item = pack.plan.items[i]
        switch pack.nextAction(for: i) {
        case .carton:
            guard case .carton(let load) = item.kind else { return (strings.text(.packNextScan, ["item": item.name]), .accent) }
            let carton = pack.plan.cartons.loads[load].carton
            return (strings.text(.packNextCarton, ["carton": carton.name, "code": carton.barcode]), .accent)
        case .confirm:
            return (strings.text(.packNextConfirm, ["item": item.name]), .accent)
        case .scan where pack.plan.items.allSatisfy({ if case .line = $0.kind { true } else { false } }):
            return (strings.text(.packScanItems), .accent)
        case .scan:
            return (strings.text(.packNextScan, ["item": item.name]), .accent)
        }
    }
}
