/// A screen's worth of cells: what every view draws into and what the terminal backend and
/// the snapshot tests read.
///
/// Invariant: `cells.count == width * height`, and every wide character's right half is a
/// continuation cell inside the same row.
public struct Grid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < width, y < height else { return .blank }
        return cells[y * width + x]
    }

    /// Fills `rect` (clipped to the grid) with blanks of `role`.
    public mutating func fill(_ rect: Rect, role: Role) {
        let x0 = max(rect.x, 0), x1 = min(rect.x + rect.width, width)
        let y0 = max(rect.y, 0), y1 = min(rect.y + rect.height, height)
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 {
            for x in x0..<x1 { cells[y * width + x] = Cell(" ", role) }
        }
    }

    /// Writes `text` at (x, y), at most `maxWidth` columns (default: to the right edge).
    /// Text that does not fit ends in "…"; a wide character is never cut in half; control
    /// and bidi-override characters are shown as visible placeholders, never sent raw.
    /// Returns the number of columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, role: Role = .normal) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(maxWidth ?? (width - x), width - x)
        guard limit > 0 else { return 0 }
        let chars = Self.displayable(text)
        let total = chars.reduce(0) { $0 + $1.1 }
        let budget = total <= limit ? limit : limit - 1
        var col = x
        for (ch, w) in chars {
            guard w > 0 else { continue }
            if col + w > x + budget { break }
            if col >= 0 {
                set(col, y, Cell(ch, role))
                if w == 2 { set(col + 1, y, Cell("", role)) }
            }
            col += w
        }
        if total > limit, col < x + limit, col >= 0 {
            set(col, y, Cell("…", role))
            col += 1
        }
        return col - x
    }

    /// Writes text right-aligned so it ends at column `right - 1`.
    @discardableResult
    public mutating func putRight(_ text: String, right: Int, y: Int, maxWidth: Int, role: Role = .normal) -> Int {
        let w = min(CharWidth.of(text), maxWidth)
        return put(text, x: right - w, y: y, maxWidth: maxWidth, role: role)
    }

    /// Sets a cell, keeping wide characters whole: overwriting half of one blanks the other half.
    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let i = y * width + x
        if cells[i].isContinuation, x > 0 { cells[i - 1] = Cell(" ", cells[i - 1].role) }
        if !cells[i].isContinuation, CharWidth.of(Character(cells[i].text)) == 2, x + 1 < width,
           !(cell.text.isEmpty) {
            cells[i + 1] = Cell(" ", cells[i + 1].role)
        }
        if cell.isContinuation == false, let c = cell.text.first, CharWidth.of(c) == 2, x + 1 >= width {
            cells[i] = Cell(" ", cell.role)
            return
        }
        cells[i] = cell
    }

    /// Each grapheme of `text` with its width, after replacing what must never reach a terminal.
    static func displayable(_ text: String) -> [(String, Int)] {
        var out: [(String, Int)] = []
        out.reserveCapacity(text.count)
        for ch in text {
            if let safe = placeholder(for: ch) {
                out.append((safe, 1))
            } else {
                out.append((String(ch), CharWidth.of(ch)))
            }
        }
        return out
    }

    /// Visible stand-ins for C0/C1 controls, DEL, and bidi controls (which could reorder or
    /// hide text on the packer's screen).
    static func placeholder(for ch: Character) -> String? {
        for s in ch.unicodeScalars {
            let v = s.value
            if v < 0x20 { return String(Character(Unicode.Scalar(0x2400 + v)!)) }
            if v == 0x7F { return "␡" }
            if (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
                || v == 0x200E || v == 0x200F || v == 0x061C {
                return "�"
            }
        }
        return nil
    }

    // MARK: - Reading

    /// The grid as plain text, one line per row, trailing spaces trimmed: the snapshot form.
    public var text: String {
        var lines: [String] = []
        lines.reserveCapacity(height)
        for y in 0..<height {
            var line = ""
            for x in 0..<width { line += cells[y * width + x].text }
            while line.last == " " { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One role letter per cell, rows joined by newlines: the colour layer of snapshots.
    public var rolesText: String {
        (0..<height).map { y in String((0..<width).map { cells[y * width + $0].role.letter }) }
            .joined(separator: "\n") + "\n"
    }

    /// Positions (x, y) whose cell differs from `previous` (all cells when sizes differ).
    public func changes(since previous: Grid?) -> [(x: Int, y: Int)] {
        var out: [(x: Int, y: Int)] = []
        let full = previous == nil || previous!.width != width || previous!.height != height
        for y in 0..<height {
            for x in 0..<width {
                let i = y * width + x
                if full || previous!.cells[i] != cells[i] { out.append((x, y)) }
            }
        }
        return out
    }
}
