import ToteCore

/// Panel 4: orders packed per 15 minutes over the shift as bars, hour marks underneath, and
/// one sparkline per station on the same time axis.
struct ChartsPanel {
    let strings: Strings
    let utcOffsetSeconds: Int

    func render(_ d: Dashboard, into grid: inout Grid, area: Rect) {
        grid.put(strings.text(.supChartTitle), x: 1, y: area.y, role: .header)
        let chartHeight = min(9, max(3, area.height - 4 - d.stationQuarterHours.count))
        let chartWidth = area.width - 2
        let shown = min(d.quarterHours.count, chartWidth - 4)
        let skipped = d.quarterHours.count - shown
        let first = QuarterHourBuckets.start(of: d.window.from, utcOffsetSeconds: utcOffsetSeconds)
        var labels: [(column: Int, text: String)] = []
        var lastLabelEnd = -1
        for column in 0..<shown {
            let start = first + Int64(column + skipped) * QuarterHourBuckets.millis
            let local = (start / 1000 + Int64(utcOffsetSeconds)).floorDiv(60)
            guard local % 60 == 0, column > lastLabelEnd else { continue }
            let hh = Int(local / 60 % 24)
            let text = "|" + (hh < 10 ? "0\(hh)" : "\(hh)")
            labels.append((column, text))
            lastLabelEnd = column + text.count
        }
        BarChart(values: d.quarterHours, labels: labels)
            .render(into: &grid, area: Rect(x: 1, y: area.y + 1, width: chartWidth, height: chartHeight + 1))
        var y = area.y + chartHeight + 3
        guard y < area.y + area.height else { return }
        grid.put(strings.text(.supSparkTitle), x: 1, y: y, role: .header)
        y += 1
        let peak = d.stationQuarterHours.flatMap(\.counts).max() ?? 0
        for station in d.stationQuarterHours where y < area.y + area.height {
            grid.put(station.station, x: 1, y: y, maxWidth: 8, role: .normal)
            grid.put(Sparkline.text(station.counts, width: 60, maximum: peak), x: 10, y: y, role: .accent)
            grid.putRight(String(station.counts.reduce(0, +)), right: area.width - 1, y: y, maxWidth: 6, role: .normal)
            y += 1
        }
    }
}
