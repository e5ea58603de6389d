import ToteCore

/// Panel 1: per station and per packer rates, times, mis-scans, idle, current order, and
/// productivity against the labour standards.
struct ThroughputPanel {
    let strings: Strings

    func render(_ d: Dashboard, into grid: inout Grid, area: Rect) {
        var y = area.y
        let end = area.y + area.height
        let stationWidths = [8, 7, 5, 3, 5, 5, 5, 5, 4, 5, 7, 5]
        let stationRight: Set<Int> = [2, 3, 4, 5, 6, 7, 8, 9, 11]
        Columns.draw([strings.text(.supColStation), strings.text(.supColPacker), strings.text(.supColOrdersHour),
                      strings.text(.supColLastHour), strings.text(.supColUnitsHour), strings.text(.supColLinesHour),
                      strings.text(.supColPick), strings.text(.supColPack), strings.text(.supColMis),
                      strings.text(.supColIdle), strings.text(.supColOrder), strings.text(.supColOpen)],
                     widths: stationWidths, right: stationRight, into: &grid, x0: 1, y: y, role: .header)
        y += 1
        let stationRows = d.stations.prefix(max(0, (area.height - 4) / 2))
        for row in stationRows where y < end {
            let idle = row.idleNowMillis.map { SupervisorFormat.millis($0) } ?? "–"
            Columns.draw([row.name, row.packer ?? "", SupervisorFormat.rate(row.ordersPerHour, strings.format), String(row.ordersLastHour),
                          SupervisorFormat.rate(row.unitsPerHour, strings.format), SupervisorFormat.rate(row.linesPerHour, strings.format),
                          SupervisorFormat.seconds(row.avgPickSeconds), SupervisorFormat.seconds(row.avgPackSeconds),
                          SupervisorFormat.rate(row.misScansPer100, strings.format), idle, row.currentOrder ?? "",
                          SupervisorFormat.millis(row.openMillis)],
                         widths: stationWidths, right: stationRight, into: &grid, x0: 1, y: y, role: .normal)
            y += 1
        }
        y += 1
        guard y < end else { return }
        let packerWidths = [8, 6, 5, 3, 5, 5, 5, 5, 4, 5, 6, 5]
        let packerRight: Set<Int> = Set(1...11)
        Columns.draw([strings.text(.supColPacker), strings.text(.supColOrders), strings.text(.supColOrdersHour),
                      strings.text(.supColLastHour), strings.text(.supColUnitsHour), strings.text(.supColLinesHour),
                      strings.text(.supColPick), strings.text(.supColPack), strings.text(.supColMis),
                      strings.text(.supColIdle), strings.text(.supColEarned), strings.text(.supColProductivity)],
                     widths: packerWidths, right: packerRight, into: &grid, x0: 1, y: y, role: .header)
        y += 1
        for row in d.packers + [totalRow(d)] where y < end {
            let role: Role = row.kind == .total ? .title : productivityRole(row.productivity)
            Columns.draw([row.name, String(row.orders), SupervisorFormat.rate(row.ordersPerHour, strings.format), String(row.ordersLastHour),
                          SupervisorFormat.rate(row.unitsPerHour, strings.format), SupervisorFormat.rate(row.linesPerHour, strings.format),
                          SupervisorFormat.seconds(row.avgPickSeconds), SupervisorFormat.seconds(row.avgPackSeconds),
                          SupervisorFormat.rate(row.misScansPer100, strings.format), SupervisorFormat.minutes(row.idleMinutes),
                          SupervisorFormat.seconds(row.earnedSeconds), SupervisorFormat.percent(row.productivity)],
                         widths: packerWidths, right: packerRight, into: &grid, x0: 1, y: y, role: role)
            y += 1
        }
    }

    private func totalRow(_ d: Dashboard) -> ThroughputRow {
        var total = d.total
        total.name = strings.text(.supTotal)
        return total
    }

    /// Below 85 % of standard warns, at or above 100 % is good.
    private func productivityRole(_ p: Double?) -> Role {
        guard let p else { return .normal }
        return p < 0.85 ? .warning : p >= 1 ? .ok : .normal
    }
}
