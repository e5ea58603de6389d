import ToteCore

/// The pick screen for handheld RF terminals (down to 40x16): the current stop large, the
/// rest of the walk as short rows below it.
struct CompactPickView {
    let context: AppContext
    var strings: Strings { context.strings }
    var utcOffset: Int { context.utcOffsetSeconds }

    func render(_ state: AppState, into grid: inout Grid, area: Rect) {
        guard let work = state.work else { return }
        let pick = work.pick
        let w = area.width
        grid.fill(area.row(0), role: .title)
        grid.put(" " + strings.text(.pickTitle) + " " + work.order.number, x: area.x, y: area.y, maxWidth: w - 8, role: .title)
        grid.putRight("\(pick.unitsPicked)/\(pick.unitsTotal) ", right: area.x + w, y: area.y, maxWidth: 8, role: .title)
        let shipBy = TimeText.shipBy(work.order.shipBy, now: state.nowMillis / 1000, utcOffset: utcOffset,
                                     format: strings.format)
        // Offline, the banner takes the customer row: the title row has no room left at 40 columns.
        if !LinkBanner(strings: strings).renderRow(state.link, area.row(1), into: &grid) {
            grid.put(" " + work.order.shipTo.name + " · " + strings.service(work.order.service) + " · " + shipBy,
                     x: area.x, y: area.y + 1, maxWidth: w, role: .normal)
        }

        let current = pick.currentStep
        if let i = current {
            let step = pick.steps[i]
            grid.put(" ▶ " + step.bin.code, x: area.x, y: area.y + 2, maxWidth: w, role: .selected)
            grid.put("   " + step.sku + "  ×\(step.quantity) · " + strings.text(.colPicked) + " \(pick.picked[i])", x: area.x, y: area.y + 3, maxWidth: w,
                     role: .accent)
            grid.put("   " + step.name, x: area.x, y: area.y + 4, maxWidth: w, role: .normal)
        }
        let left = pick.steps.indices.filter { pick.picked[$0] < pick.steps[$0].quantity }.count
        let stops = " " + strings.text(.pickStepsLeft, ["count": String(left)]) + " · "

        let listTop = area.y + 6
        let listRows = max(0, area.height - 7)
        let first = PickView.firstVisible(current: current ?? 0, count: pick.steps.count, rows: listRows)
        let widths = Columns.widths(fixed: [1, 10, 5], flexIndex: 2, total: w)
        for (row, i) in (first..<min(pick.steps.count, first + listRows)).enumerated() {
            let step = pick.steps[i]
            let done = pick.picked[i] >= step.quantity
            let role: Role = i == current ? .selected : (done ? .dim : .normal)
            Columns.draw([i == current ? "▶" : (done ? "✓" : ""), step.bin.code, step.sku,
                          "\(pick.picked[i])/\(step.quantity)"], widths: widths, right: [3], into: &grid,
                         y: listTop + row, role: role)
        }
        let distance = strings.text(.pickDistanceLeft, ["distance": PickDistance.text(
            PickDistance.left(pick, layout: context.layout, geometry: context.geometry), format: strings.format)])
        grid.put(stops + distance, x: area.x, y: area.y + 5, maxWidth: w, role: .dim)
        grid.put(" " + PickView.instruction(work, current: current, strings: strings), x: area.x,
                 y: area.y + area.height - 1, maxWidth: w, role: .accent)
    }
}
