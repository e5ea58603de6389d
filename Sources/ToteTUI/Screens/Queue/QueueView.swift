import ToteCore

/// The queue: open orders in the order the station works them.
struct QueueView {
    let strings: Strings
    let utcOffset: Int

    func render(_ state: AppState, into grid: inout Grid, area: Rect) {
        let q = state.queue
        grid.fill(area.row(0), role: .title)
        let title = " " + strings.text(.appName) + " · " + strings.text(.queueTitle)
        grid.put(title, x: area.x, y: area.y, role: .title)
        let counts = strings.text(.queueCounts, ["open": String(q.total), "active": String(q.activeCount)]) + " "
        grid.putRight(counts, right: area.x + area.width, y: area.y, maxWidth: area.width / 2, role: .title)

        let widths = Columns.widths(fixed: [1, 6, 3, 5, 9, 11, 8, 8], flexIndex: 2, total: area.width)
        let right: Set<Int> = [4]
        Columns.draw(["", strings.text(.colOrder), strings.text(.colCustomer), strings.text(.colPriority), strings.text(.colLines),
                      strings.text(.colService), strings.text(.colShipBy), strings.text(.colStatus),
                      strings.text(.colStation)], widths: widths, right: right, into: &grid, y: area.y + 1, role: .header)

        let listTop = area.y + 2
        let listRows = area.height - 2
        if q.total == 0 {
            grid.put(" " + strings.text(.queueEmpty), x: area.x, y: listTop + 1, maxWidth: area.width, role: .dim)
            return
        }
        for (i, row) in q.rows.enumerated() where i < listRows {
            let y = listTop + i
            let isSelected = q.offset + i == q.selected
            let role: Role = isSelected ? .selected : (row.claimedBy != nil ? .accent : .normal)
            if isSelected { grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), role: .selected) }
            let shipBy = TimeText.shipBy(row.shipBy, now: state.nowMillis / 1000, utcOffset: utcOffset)
            Columns.draw([isSelected ? "▶" : "", row.number, row.customer, row.priority > 0 ? "P\(row.priority)" : "",
                          "\(row.lineCount)/\(row.unitCount)",
                          strings.service(row.service), shipBy, strings.status(row.status), row.claimedBy ?? ""],
                         widths: widths, right: right, into: &grid, y: y, role: role)
        }
    }
}
