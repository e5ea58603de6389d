import ToteCore

/// The pack check: every unit scanned into the box, line by line.
struct PackView {
    let strings: Strings
    let utcOffset: Int

    func render(_ state: AppState, into grid: inout Grid, area: Rect) {
        guard let work = state.work else { return }
        let pack = work.pack
        OrderHeader(strings: strings, utcOffset: utcOffset)
            .render(work.order, screenTitle: strings.text(.packTitle), progress: "\(pack.unitsVerified)/\(pack.unitsTotal)",
                    now: state.nowMillis / 1000, flags: work.flags, into: &grid, area: area)
        let headers = ["", strings.text(.colSKU), strings.text(.colName), strings.text(.colQty), strings.text(.colVerified)]
        let widths = Columns.widths(fixed: [1, 14, 4, 6], flexIndex: 2, total: area.width, headers: headers)
        let right: Set<Int> = [3, 4]
        Columns.draw(headers, widths: widths, right: right, into: &grid, y: area.y + 2, role: .header)
        let listTop = area.y + 3
        let listRows = max(0, area.height - 5)
        let open = pack.lines.indices.first { pack.verified[$0] < pack.lines[$0].quantity }
        let first = PickView.firstVisible(current: open ?? 0, count: pack.lines.count, rows: listRows)
        for (row, i) in (first..<min(pack.lines.count, first + listRows)).enumerated() {
            let line = pack.lines[i]
            let done = pack.verified[i] >= line.quantity
            let role: Role = done ? .ok : .normal
            Columns.draw([done ? "✓" : "", line.sku, line.name, String(line.quantity), String(pack.verified[i])],
                         widths: widths, right: right, into: &grid, y: listTop + row, role: role)
        }
        let text = pack.isComplete ? strings.text(.packAllVerified) : strings.text(.packScanItems)
        grid.put(" " + text, x: area.x, y: area.y + area.height - 1, maxWidth: area.width,
                 role: pack.isComplete ? .ok : .accent)
    }
}
