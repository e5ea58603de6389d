/// Collects ZPL field commands for a label laid out on a 203 dpi grid and scales them to the
/// printer's resolution, so the layout is written once in 203 dpi dots.
///
/// Every text field goes through `LabelTextFit` (so it stays inside its box) and `ZPLFieldData`
/// (so it cannot inject commands); nothing else writes `^FD`.
struct ZPLCanvas {
    /// The design grid: 4x6 in is 812x1218 dots at 203 dpi.
    static let designDPI = 203

    /// TrueType font for text the resident fonts have no glyphs for (Hangul, kana, Han). Zebra's
    /// Asian printers and font kits ship it as `E:ANMDJ.TTF` (Andale Mono WT J, with Hangul); the
    /// label checker accepts any `d:NAME.TTF` reference.
    static let cjkFont = "E:ANMDJ.TTF"

    let dpi: Int
    private(set) var commands: [String] = []

    init(dpi: Int) {
        self.dpi = max(dpi, 100)
    }

    /// A 203 dpi length in printer dots.
    func dots(_ designDots: Int) -> Int {
        (designDots * dpi + Self.designDPI / 2) / Self.designDPI
    }

    mutating func raw(_ command: String) {
        commands.append(command)
    }

    /// A rectangle outline; `thickness` equal to the smaller side fills it. Lengths in 203 dpi dots.
    mutating func box(x: Int, y: Int, width: Int, height: Int, thickness: Int) {
        commands.append("^FO\(dots(x)),\(dots(y))^GB\(dots(width)),\(dots(height)),\(dots(thickness))^FS")
    }

    mutating func horizontalRule(x: Int, y: Int, width: Int, thickness: Int = 3) {
        box(x: x, y: y, width: width, height: thickness, thickness: thickness)
    }

    mutating func verticalRule(x: Int, y: Int, height: Int, thickness: Int = 3) {
        box(x: x, y: y, width: thickness, height: height, thickness: thickness)
    }

    enum Justify: String { case left = "L", center = "C", right = "R" }

    /// A text block at (x, y) no wider than `width` and no taller than `maxLines` lines of
    /// `height`-dot type (all 203 dpi dots). Text that does not fit is first set smaller, down to
    /// `minHeight` (for identifiers that must not lose characters), then cut. Returns the 203 dpi
    /// height the text takes.
    @discardableResult
    mutating func text(_ text: String, x: Int, y: Int, width: Int, height maxHeight: Int, minHeight: Int? = nil,
                       maxLines: Int = 1, justify: Justify = .left, reverse: Bool = false) -> Int {
        let clean = ZPLFieldData.normalized(text)
        var height = maxHeight
        var fitted = LabelTextFit.fit(clean, width: width, maxLines: maxLines, height: height)
        while fitted.text != clean, let floor = minHeight, height - 2 >= floor {
            height -= 2
            fitted = LabelTextFit.fit(clean, width: width, maxLines: maxLines, height: height)
        }
        guard !fitted.text.isEmpty else { return 0 }
        let gap = lineGap(height)
        let font = needsTrueType(fitted.text)
            ? "^A@N,\(dots(height)),\(dots(height)),\(Self.cjkFont)"
            : "^A0N,\(dots(height)),\(dots(height))"
        let data = ZPLFieldData.escaped(fitted.text, inFieldBlock: true)
        commands.append("^FO\(dots(x)),\(dots(y))\(font)^FB\(dots(width)),\(max(maxLines, 1)),\(dots(gap)),"
            + "\(justify.rawValue),0\(reverse ? "^FR" : "")^FH^FD\(data)^FS")
        return fitted.lines * height + (fitted.lines - 1) * gap
    }

    /// A Code 128 symbol with its interpretation line, centred in [left, left + width) (203 dpi
    /// dots) with full quiet zones, at the widest module up to `maxModule` printer dots that fits.
    /// Returns false, drawing nothing, when the data cannot be encoded or does not fit.
    @discardableResult
    mutating func code128(_ data: String, left: Int, width: Int, y: Int, barHeight: Int, maxModule: Int) -> Bool {
        guard Code128Size.isEncodable(data),
              let module = Code128Size.moduleWidth(for: data, available: dots(width), maxModule: maxModule)
        else { return false }
        let symbol = Code128Size.modules(data) * module
        let x = dots(left) + (dots(width) - symbol) / 2
        let escaped = ZPLFieldData.escaped(data, inFieldBlock: false)
        commands.append("^BY\(module),3,\(dots(barHeight))")
        commands.append("^FO\(x),\(dots(y))^BCN,\(dots(barHeight)),Y,N,N,A^FH^FD\(escaped)^FS")
        return true
    }

    /// An SSCC-18 as GS1-128: `^BC` mode N, start C (`>;`), FNC1 (`>8`), then AI 00 and the 18
    /// digits, centred in [left, left + width) (203 dpi dots). Returns false, drawing nothing, when
    /// `sscc` is not 18 digits with a valid GS1 check digit or the symbol does not fit.
    @discardableResult
    mutating func gs1SSCC(_ sscc: String, left: Int, width: Int, y: Int, barHeight: Int, maxModule: Int) -> Bool {
        guard sscc.utf8.count == 18, sscc.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), GS1CheckDigit.isValid(sscc) else { return false }
        // start C + FNC1 + 10 codewords (AI 00 + 18 digits) + check = 13 codewords of 11, stop 13.
        let modules = 13 * 11 + 13
        let total = modules + 2 * Code128Size.quietZoneModules
        var module = maxModule
        while module >= 2 && total * module > dots(width) { module -= 1 }
        guard module >= 2 else { return false }
        let x = dots(left) + (dots(width) - modules * module) / 2
        commands.append("^BY\(module),3,\(dots(barHeight))")
        commands.append("^FO\(x),\(dots(y))^BCN,\(dots(barHeight)),Y,N,N^FH^FD>;>800\(sscc)^FS")
        return true
    }

    /// Extra space between wrapped lines, so descenders of one line do not touch the next.
    private func lineGap(_ height: Int) -> Int { max(height / 10, 2) }

    /// Hangul, kana and Han need the TrueType font; resident font 0 has no glyphs for them.
    private func needsTrueType(_ text: String) -> Bool {
        text.unicodeScalars.contains { s in
            switch s.value {
            case 0x1100...0x11FF, 0x3000...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFF00...0xFFEF: return true
            default: return false
            }
        }
    }

    /// Opens a 4x6 in format: `^XA`, UTF-8 field data (`^CI28`), the label's width and length
    /// in this canvas's dots, home at 0,0, and the frame every Tote document has.
    mutating func beginFormat() {
        raw("^XA")
        raw("^CI28")
        raw("^PW\(dots(ZPLWriter.labelWidth))")
        raw("^LL\(dots(ZPLWriter.labelHeight))")
        raw("^LH0,0")
        box(x: 8, y: 8, width: 796, height: 1202, thickness: 3)
    }
}
