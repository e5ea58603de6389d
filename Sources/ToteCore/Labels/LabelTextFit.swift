/// Estimates printed text width and fits text into a `^FB` block by truncating whole characters.
///
/// Widths are deliberately pessimistic: the ASCII table is the wider of DejaVu Sans Condensed Bold
/// and Noto Sans CJK KR Bold (the checker's stand-ins for Zebra font 0 and the TrueType CJK font;
/// CG Triumvirate Bold Condensed on the printer is narrower still) plus 5 %. A block that fits by
/// this estimate also fits on paper, so `^FB` never has to overprint its last line.
enum LabelTextFit {
    /// Appended to text that had to be cut.
    static let ellipsis = "…"

    /// Advance widths of ASCII 0x20...0x7E in thousandths of the font height.
    /// The backslash counts double because `^FB` data carries it as `\\`.
    private static let asciiWidths: [Int] = [
        313, 410, 574, 754, 626, 963, 785, 325, 411, 411, 507, 754, 342, 374, 342, 387,
        626, 626, 626, 626, 626, 626, 626, 626, 626, 626, 360, 360, 754, 754, 754, 522,
        1007, 696, 686, 660, 747, 615, 615, 738, 757, 334, 568, 697, 578, 896, 753, 770,
        667, 770, 693, 648, 625, 748, 696, 993, 694, 651, 652, 411, 774, 411, 754, 567,
        626, 607, 644, 533, 644, 610, 391, 644, 641, 308, 308, 604, 315, 964, 641, 626,
        644, 644, 444, 536, 430, 641, 586, 863, 580, 586, 523, 641, 329, 641, 754,
    ]

    /// Estimated width of `text` in dots at font height `height` (dots).
    static func width(of text: some StringProtocol, height: Int) -> Int {
        var milli = 0
        for scalar in text.unicodeScalars { milli += charWidth(scalar) }
        // 5 % margin, rounded up.
        return (milli * height * 105 + 99_999) / 100_000
    }

    /// Greedy word wrap at spaces, the way `^FB` breaks lines. Nil when one word alone is wider
    /// than `width`: `^FB` cannot break it and would overprint.
    static func wrap(_ text: String, width: Int, height: Int) -> [String]? {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if Self.width(of: word, height: height) > width { return nil }
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if current.isEmpty || Self.width(of: candidate, height: height) <= width {
                current = candidate
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        lines.append(current)
        return lines
    }

    /// `text` (normalized) cut to the longest prefix that wraps into at most `maxLines` lines of
    /// `width` dots, with an ellipsis when something was cut; plus the number of lines it takes.
    static func fit(_ text: String, width: Int, maxLines: Int, height: Int) -> (text: String, lines: Int) {
        let maxLines = max(maxLines, 1)
        if let lines = wrap(text, width: width, height: height), lines.count <= maxLines {
            return (text, lines.count)
        }
        // No prefix longer than what the narrowest glyph would allow can fit; bounding the search
        // keeps a pathological 100 kB address from costing quadratic time.
        let narrowest = max(height * 308 / 1000, 1)
        let bound = maxLines * (width / narrowest + 1)
        var chars = Array(text.prefix(bound))
        while !chars.isEmpty {
            chars.removeLast()
            let candidate = String(chars).trimmingTrailingSpaces() + ellipsis
            if let lines = wrap(candidate, width: width, height: height), lines.count <= maxLines {
                return (candidate, lines.count)
            }
        }
        return ("", 1)
    }

    private static func charWidth(_ s: Unicode.Scalar) -> Int {
        let v = Int(s.value)
        if v >= 0x20 && v <= 0x7E { return asciiWidths[v - 0x20] }
        if v < 0x250 { return 800 }        // Latin-1 and Latin Extended letters with diacritics
        return 1000                        // Hangul, CJK, symbols: full width
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
