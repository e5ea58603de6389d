import ToteCore

/// The pick walk: where to go, what to take, how many are done.
struct PickView {
    let context: AppContext
    var strings: Strings { context.strings }
    var utcOffset: Int { context.utcOffsetSeconds }

    func render(_ state: AppState, into grid: inout Grid, area: Rect) {
        guard let work = state.work else { return }
        let pick = work.pick
        OrderHeader(strings: strings, utcOffset: utcOffset)
            .render(work.order, screenTitle: strings.text(.pickTitle), progress: "\(pick.unitsPicked)/\(pick.unitsTotal)",
                    now: state.nowMillis / 1000, flags: work.flags, link: state.link, into: &grid, area: area)
        let headers = ["", strings.text(.colBin), strings.text(.colSKU), strings.text(.colName), strings.text(.colQty),
                       strings.text(.colPicked)]
        let widths = Columns.widths(fixed: [1, 11, 14, 4, 6], flexIndex: 3, total: area.width, headers: headers)
        let right: Set<Int> = [4, 5]
        Columns.draw(headers, widths: widths, right: right, into: &grid, y: area.y + 2, role: .header)
        let current = pick.currentStep
        let listTop = area.y + 3
        let listRows = max(0, area.height - 5)
        let first = Self.firstVisible(current: current ?? 0, count: pick.steps.count, rows: listRows)
        for (row, i) in (first..<min(pick.steps.count, first + listRows)).enumerated() {
            let step = pick.steps[i]
            let done = pick.picked[i] >= step.quantity
            let isCurrent = i == current
            let role: Role = isCurrent ? .selected : (done ? .dim : .normal)
            if isCurrent { grid.fill(Rect(x: area.x, y: listTop + row, width: area.width, height: 1), role: .selected) }
            Columns.draw([isCurrent ? "▶" : (done ? "✓" : ""), step.bin.code, step.sku, step.name, String(step.quantity),
                          String(pick.picked[i])], widths: widths, right: right, into: &grid, y: listTop + row, role: role)
        }
        let distance = strings.text(.pickDistanceLeft, ["distance": PickDistance.text(
            PickDistance.left(pick, layout: context.layout, geometry: context.geometry), format: strings.format)]) + " "
        let bottom = area.y + area.height - 1
        let distanceWidth = grid.putRight(distance, right: area.x + area.width, y: bottom, maxWidth: area.width / 3,
                                          role: .dim)
        grid.put(" " + Self.instruction(work, current: current, strings: strings), x: area.x, y: bottom,
                 maxWidth: area.width - distanceWidth - 1, role: .accent)
    }

    /// What the picker does next, in one line.
    static func instruction(_ work: WorkState, current: Int?, strings: Strings) -> String {
        guard let i = current else { return strings.text(.pickAllPicked) }
        let step = work.pick.steps[i]
        if work.pick.confirmedBin == step.bin {
            return strings.text(.pickAtBin, ["bin": step.bin.code, "sku": step.sku,
                                             "have": String(work.pick.picked[i] + 1), "need": String(step.quantity)])
        }
        return strings.text(.pickGoTo, ["bin": step.bin.code])
    }

    /// Scrolls so the current step stays in view with some context above it.
    static func firstVisible(current: Int, count: Int, rows: Int) -> Int {
        guard rows > 0, count > rows else { return 0 }
        return min(max(0, current - rows / 3), count - rows)
    }
}
