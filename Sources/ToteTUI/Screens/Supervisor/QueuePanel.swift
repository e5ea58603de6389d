import ToteCore

/// Panel 2: queue depth by status, by carrier/service and by cutoff, and the cutoff forecast.
struct QueuePanel {
    let strings: Strings
    let utcOffsetSeconds: Int

    func render(_ d: Dashboard, into grid: inout Grid, area: Rect) {
        let end = area.y + area.height
        let forecastRows = 4
        let listEnd = end - forecastRows
        // Left: by status, then by carrier / service.
        var y = area.y
        grid.put(strings.text(.supByStatus), x: 1, y: y, maxWidth: 24, role: .header)
        y += 1
        for count in d.statusCounts where y < listEnd {
            let name = count.status == "on_hold" ? strings.text(.supKindOnHold)
                : count.status == "exception" ? strings.text(.supKindException)
                : OrderStatus(rawValue: count.status).map(strings.status) ?? count.status
            Columns.draw([name, String(count.orders)], widths: [12, 6], right: [1], into: &grid, x0: 2, y: y,
                         role: count.orders > 0 && (count.status == "on_hold" || count.status == "exception") ? .warning : .normal)
            y += 1
        }
        y += 1
        if y < listEnd {
            grid.put(strings.text(.supByCarrier), x: 1, y: y, maxWidth: 24, role: .header)
            y += 1
        }
        for carrier in d.carriers where y < listEnd {
            let service = ServiceLevel(rawValue: carrier.service).map(strings.service) ?? carrier.service
            Columns.draw([carrier.carrier + " " + service, String(carrier.orders)], widths: [16, 6], right: [1],
                         into: &grid, x0: 2, y: y, role: .normal)
            y += 1
        }
        // Right: by cutoff, with how many of each the forecast says will miss it.
        let x0 = 30
        y = area.y
        Columns.draw([strings.text(.supByCutoff), strings.text(.supColOrders), strings.text(.supColAtRisk)],
                     widths: [14, 7, 8], right: [1, 2], into: &grid, x0: x0, y: y, role: .header)
        y += 1
        for cutoff in d.forecast.cutoffs where y < listEnd {
            let when = TimeText.shipBy(cutoff.shipBy, now: d.now / 1000, utcOffset: utcOffsetSeconds, format: strings.format)
            Columns.draw([when, String(cutoff.orders), cutoff.atRisk > 0 ? String(cutoff.atRisk) : "·"],
                         widths: [14, 7, 8], right: [1, 2], into: &grid, x0: x0, y: y,
                         role: cutoff.atRisk > 0 ? .warning : .normal)
            y += 1
        }
        renderForecast(d.forecast, into: &grid, top: end - forecastRows, width: area.width)
    }

    private func renderForecast(_ f: CutoffForecast, into grid: inout Grid, top y: Int, width: Int) {
        let due = f.cutoffs.map(\.orders).reduce(0, +)
        grid.put(strings.text(.supForecast, [
            "packers": String(f.packers), "seconds": SupervisorFormat.seconds(f.secondsPerOrder),
            "risk": String(f.atRisk.count), "due": String(due), "late": String(f.late),
        ]), x: 1, y: y + 1, maxWidth: width - 2, role: f.atRisk.isEmpty ? .ok : .warning)
        let needed = f.packersNeeded.map(String.init) ?? strings.text(.supRateUnknown)
        grid.put(strings.text(.supPackersNeeded, ["n": needed]), x: 1, y: y + 2, maxWidth: width - 2, role: .normal)
        if !f.atRisk.isEmpty {
            grid.put(strings.text(.supAtRiskList, ["orders": f.atRisk.joined(separator: " ")]), x: 1, y: y + 3,
                     maxWidth: width - 2, role: .warning)
        }
    }
}
