/// Vertical bars, one column per value, `height` rows tall, in eighths (`▁`…`█`), with the
/// scale's maximum at the top left. Values past `width` keep the most recent ones.
struct BarChart {
    var values: [Int]
    /// Labels under the bars by column (e.g. hours), drawn on the row below the chart.
    var labels: [(column: Int, text: String)] = []

    /// Draws into `area`: rows `area.y ..< area.y + area.height - 1` hold bars, the last row the labels.
    func render(into grid: inout Grid, area: Rect, role: Role = .accent) {
        let height = max(1, area.height - 1)
        let gutter = 4
        let width = max(0, area.width - gutter)
        let shown = Array(values.suffix(width))
        let top = max(1, shown.max() ?? 1)
        grid.putRight(String(top), right: area.x + gutter - 1, y: area.y, maxWidth: gutter - 1, role: .dim)
        grid.putRight("0", right: area.x + gutter - 1, y: area.y + height - 1, maxWidth: gutter - 1, role: .dim)
        for (i, v) in shown.enumerated() {
            // Eighths of a row, rounded up so any non-zero value shows.
            let eighths = v <= 0 ? 0 : max(1, (v * height * 8 + top - 1) / top)
            for row in 0..<height {
                let fromBottom = row * 8
                let fill = min(8, max(0, eighths - fromBottom))
                guard fill > 0 else { continue }
                grid.put(String(Sparkline.levels[fill - 1]), x: area.x + gutter + i, y: area.y + height - 1 - row, role: role)
            }
        }
        for label in labels where label.column < shown.count {
            grid.put(label.text, x: area.x + gutter + label.column, y: area.y + height,
                     maxWidth: area.width - gutter - label.column, role: .dim)
        }
    }
}
