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

    /// As `widths(fixed:flexIndex:total:minFlex:)`, but a fixed column whose header (in the
    /// station's language) is wider than its design width grows to fit the header, taking the
    /// columns from the flexible one while it keeps at least `keepFlex`. `headers` has one
    /// entry per column, the flexible one included. A header that still does not fit ends in "…".
    static func widths(fixed: [Int], flexIndex: Int, total: Int, headers: [String], keepFlex: Int = 12,
                       minFlex: Int = 4) -> [Int] {
        var grown = fixed
        var flex = total - fixed.reduce(0, +) - fixed.count
        for i in grown.indices {
            let header = i < flexIndex ? i : i + 1
            guard header < headers.count else { continue }
            let extra = CharWidth.of(headers[header]) - grown[i]
            guard extra > 0, flex - extra >= keepFlex else { continue }
            grown[i] += extra
            flex -= extra
        }
        return widths(fixed: grown, flexIndex: flexIndex, total: total, minFlex: minFlex)
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
