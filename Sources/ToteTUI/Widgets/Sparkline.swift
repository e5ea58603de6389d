/// One row of block characters, one per value, scaled so the largest value is `█`.
///
/// Zero is a blank, any positive value at least `▁`, so an hour with one order is visible.
struct Sparkline {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The glyphs for `values`, keeping the last `width` values when there are more.
    static func text(_ values: [Int], width: Int, maximum: Int? = nil) -> String {
        let shown = values.suffix(max(0, width))
        let top = max(1, maximum ?? shown.max() ?? 1)
        return String(shown.map { v -> Character in
            guard v > 0 else { return " " }
            let level = min(7, max(0, (v * 8 - 1) / top))
            return levels[level]
        })
    }
}
