/// The htop-style bottom bar: each key in its own colour, then what it does.
///
/// Keys are shown whole, in order, as many as fit: a key cut to "F10 Av…" is a key nobody can
/// read, so one that does not fit is left off (only the first is ever cut, on a tiny screen).
struct FunctionBar {
    var items: [(key: String, label: String)]

    func render(into grid: inout Grid, row y: Int) {
        grid.fill(Rect(x: 0, y: y, width: grid.width, height: 1), role: .functionLabel)
        var x = 0
        for (i, item) in items.enumerated() where x < grid.width {
            let label = " " + item.label
            if i > 0, x + CharWidth.of(item.key) + CharWidth.of(label) > grid.width { break }
            x += grid.put(item.key, x: x, y: y, role: .functionKey)
            // The gap after a label is blank bar, not text: counting it would cut a last label
            // that fits exactly.
            x += grid.put(label, x: x, y: y, maxWidth: max(0, grid.width - x), role: .functionLabel) + 2
        }
    }
}
