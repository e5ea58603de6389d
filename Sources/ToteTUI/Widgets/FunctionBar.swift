/// The htop-style bottom bar: each key in its own colour, then what it does.
struct FunctionBar {
    var items: [(key: String, label: String)]

    func render(into grid: inout Grid, row y: Int) {
        grid.fill(Rect(x: 0, y: y, width: grid.width, height: 1), role: .functionLabel)
        var x = 0
        for item in items where x < grid.width {
            x += grid.put(item.key, x: x, y: y, role: .functionKey)
            // The gap after a label is blank bar, not text: counting it would cut a last label
            // that fits exactly (" Queue  " in 7 columns became " Queu…").
            x += grid.put(" " + item.label, x: x, y: y, maxWidth: max(0, grid.width - x), role: .functionLabel) + 2
        }
    }
}
