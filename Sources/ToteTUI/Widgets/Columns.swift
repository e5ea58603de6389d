/// A table row layout: fixed-width columns around one flexible column.
struct Columns {
    struct Column {
        var width: Int
        var rightAligned = false
    }

    /// Widths for `fixed` columns plus one flexible column at `flexIndex` taking what is left of
    /// `total` (after one space between columns), never below `minFlex`.
    static func widths(fixed: [Int], flexIndex: Int, total: Int, minFlex: Int = 4) -> [Int] {
        let gaps = fixed.count
        let used = fixed.reduce(0, +) + gaps
        var out = fixed
        out.insert(max(minFlex, total - used), at: flexIndex)
        return out
    }

    /// Draws `cells` into row `y` using `widths`; `right` marks right-aligned columns.
    static func draw(_ cells: [String], widths: [Int], right: Set<Int> = [], into grid: inout Grid, x0: Int = 0,
                     y: Int, role: Role) {
        var x = x0
        for (i, text) in cells.enumerated() where i < widths.count {
            let w = widths[i]
            if right.contains(i) {
                grid.putRight(text, right: x + w, y: y, maxWidth: w, role: role)
            } else {
                grid.put(text, x: x, y: y, maxWidth: w, role: role)
            }
            x += w + 1
        }
    }
}
