import ToteCore

/// The pick screen of a cart (cluster picking), at any size from 40x16: the current stop with
/// which tote gets how many, then the stops still ahead.
struct CartPickView {
    let strings: Strings

    func render(_ state: AppState, into grid: inout Grid, area: Rect) {
        guard let cart = state.cart else { return }
        let pick = cart.pick
        let w = area.width
        grid.fill(area.row(0), role: .title)
        grid.put(" " + strings.text(.appName) + " · " + strings.text(.cartTitle, ["cart": cart.cart]), x: area.x, y: area.y,
                 maxWidth: w - 10, role: .title)
        let progressWidth = grid.putRight("\(pick.unitsPicked)/\(pick.unitsTotal) ", right: area.x + w, y: area.y,
                                          maxWidth: 10, role: .title)
        let stopsLeft = Set(pick.steps.indices.filter { pick.picked[$0] < pick.steps[$0].quantity }.map { pick.steps[$0].bin }).count
        // Offline, the banner sits in the title row at full size; at handheld size it takes the
        // summary row, as on the compact pick screen.
        let banner = LinkBanner(strings: strings)
        if !state.isCompact {
            banner.renderRight(state.link, right: area.x + w - progressWidth, y: area.y, into: &grid)
        }
        if !(state.isCompact && banner.renderRow(state.link, area.row(1), into: &grid)) {
            grid.put(" " + strings.text(.cartOrders, ["count": String(cart.orders.count), "left": String(stopsLeft)]),
                     x: area.x, y: area.y + 1, maxWidth: w, role: .normal)
        }
        guard let current = pick.currentStep else { return }
        let step = pick.steps[current]
        grid.put(" ▶ " + step.bin.code + "  " + step.sku, x: area.x, y: area.y + 2, maxWidth: w, role: .selected)
        grid.put("   " + step.name, x: area.x, y: area.y + 3, maxWidth: w, role: .accent)

        // Which tote gets how many at this stop.
        let headers = ["", strings.text(.colTote), strings.text(.colOrder), strings.text(.colQty), strings.text(.colPicked)]
        let widths = Columns.widths(fixed: [1, 5, 4, 6], flexIndex: 2, total: w, headers: headers)
        let right: Set<Int> = [1, 3, 4]
        Columns.draw(headers, widths: widths, right: right, into: &grid, y: area.y + 4, role: .header)
        var y = area.y + 5
        let bottom = area.y + area.height
        let here = cart.sharesHere
        for (i, owner) in here where y < bottom - 1 {
            let s = pick.steps[i]
            let done = pick.picked[i] >= s.quantity
            let next = !done && here.first { pick.picked[$0.step] < pick.steps[$0.step].quantity }?.step == i
            let mark = done ? "✓" : (next ? "▶" : "")
            Columns.draw([mark, String(owner.tote), owner.order + (s.sku == step.sku ? "" : " · " + s.sku), String(s.quantity),
                          String(pick.picked[i])], widths: widths, right: right, into: &grid, y: y,
                         role: done ? .ok : (next ? .selected : .normal))
            y += 1
        }
        // The stops still ahead, one row each: bin, SKU, units for the whole cart.
        let ahead = upcoming(pick, after: step.bin)
        guard !ahead.isEmpty, y < bottom - 1 else { return }
        grid.put(" " + strings.text(.cartNextStops), x: area.x, y: y, maxWidth: w, role: .dim)
        y += 1
        for stop in ahead where y < bottom {
            grid.put("   " + stop.bin + "  " + stop.sku + "  ×\(stop.units)", x: area.x, y: y, maxWidth: w, role: .dim)
            y += 1
        }
    }

    /// Open stops after `bin`, in walking order, each with its SKUs and units left.
    private func upcoming(_ pick: PickList, after bin: BinLocation) -> [(bin: String, sku: String, units: Int)] {
        var out: [(bin: String, sku: String, units: Int)] = []
        for (i, s) in pick.steps.enumerated() where s.bin != bin && pick.picked[i] < s.quantity {
            let left = s.quantity - pick.picked[i]
            if let k = out.firstIndex(where: { $0.bin == s.bin.code }) {
                out[k].units += left
                if !out[k].sku.contains(s.sku) { out[k].sku += "+" + s.sku }
            } else {
                out.append((s.bin.code, s.sku, left))
            }
        }
        return out
    }
}
