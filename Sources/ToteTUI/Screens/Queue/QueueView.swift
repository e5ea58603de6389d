import ToteCore

/// The queue: open orders in the order the station works them.
struct QueueView {
    let strings: Strings
    let utcOffset: Int

    func render(_ state: AppState, into grid: inout Grid, area: Rect) {
        let q = state.queue
        grid.fill(area.row(0), role: .title)
        var title = " " + strings.text(.appName) + " · " + strings.text(.queueTitle) + " · "
            + strings.text(q.filterPreset.label)
        if let search = q.query.search { title += " · “" + search + "”" }
        let counts = Self.statusSummary(q, strings: strings) + " "
        let countsWidth = grid.putRight(counts, right: area.x + area.width, y: area.y, maxWidth: area.width / 2,
                                        role: .title)
        grid.put(title, x: area.x, y: area.y, maxWidth: area.width - countsWidth - 1, role: .title)
        LinkBanner(strings: strings).renderRight(state.link, right: area.x + area.width - countsWidth, y: area.y, into: &grid)

        let headers = ["", strings.text(.colOrder), strings.text(.colCustomer), strings.text(.colPriority),
                       strings.text(.colLines), strings.text(.colService), strings.text(.colShipBy),
                       strings.text(.colStatus), strings.text(.colStation)]
        let widths = Columns.widths(fixed: [1, 6, 3, 5, 9, 11, 8, 8], flexIndex: 2, total: area.width, headers: headers)
        let right: Set<Int> = [4]
        Columns.draw(headers, widths: widths, right: right, into: &grid, y: area.y + 1, role: .header)

        let listTop = area.y + 2
        let listRows = area.height - 2
        if q.total == 0 {
            let key: StringKey = q.query.isUnfiltered && q.filterPreset == .open ? .queueEmpty : .queueNoMatch
            grid.put(" " + strings.text(key), x: area.x, y: listTop + 1, maxWidth: area.width, role: .dim)
            return
        }
        for (i, row) in q.rows.enumerated() where i < listRows {
            let y = listTop + i
            let isSelected = q.offset + i == q.selected
            let role: Role = isSelected ? .selected : (row.claimedBy != nil ? .accent : .normal)
            if isSelected { grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), role: .selected) }
            let now = state.nowMillis / 1000
            // "!" marks an order at risk of missing its cutoff; they are listed first.
            let risk = row.shipBy < now + q.query.riskWindowSeconds ? "!" : ""
            let shipBy = risk + TimeText.shipBy(row.shipBy, now: now, utcOffset: utcOffset, format: strings.format)
            Columns.draw([isSelected ? "▶" : "", row.number, row.customer, row.priority > 0 ? "P\(row.priority)" : "",
                          "\(row.lineCount)/\(row.unitCount)",
                          strings.service(row.service), shipBy, strings.status(row.status), row.claimedBy ?? ""],
                         widths: widths, right: right, into: &grid, y: y, role: role)
        }
    }

    /// "31 new · 2 picking · 1 packing", then how many the filter shows when it narrows.
    static func statusSummary(_ q: QueueState, strings: Strings) -> String {
        var parts = OrderStatus.allCases.filter(\.isOpen).compactMap { status -> String? in
            guard let n = q.statusCounts[status], n > 0 else { return nil }
            return strings.text(.queueStatusCount, ["count": String(n), "status": strings.status(status)])
        }
        if !q.query.isUnfiltered || q.filterPreset != .open {
            parts.append(strings.text(.queueShown, ["count": String(q.total)]))
        }
        return parts.joined(separator: " · ")
    }
}
