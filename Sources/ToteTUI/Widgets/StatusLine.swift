/// The status line: station, packer, the last message, and the store path at the right.
struct StatusLine {
    var station: String
    var packer: String
    var storePath: String
    var message: StatusMessage?

    func render(into grid: inout Grid, row y: Int) {
        grid.fill(Rect(x: 0, y: y, width: grid.width, height: 1), role: .statusBar)
        var x = grid.put(" " + station + " · " + packer + " · ", x: 0, y: y, role: .statusBar)
        // The message matters most; the store path takes what is left (its file name first).
        if let message {
            x += grid.put(message.text, x: x, y: y, maxWidth: max(0, grid.width - x), role: role(message.severity))
        }
        let pathWidth = min(CharWidth.of(storePath), grid.width - x - 2)
        if pathWidth >= 12 {
            grid.put(Self.leftClipped(storePath, to: pathWidth), x: grid.width - pathWidth, y: y, role: .statusBar)
        }
    }

    private func role(_ severity: StatusMessage.Severity) -> Role {
        switch severity {
        case .info: return .statusBar
        case .ok: return .ok
        case .warning: return .warning
        case .error: return .error
        }
    }

    /// Keeps the end of a path (its file name), which says most.
    static func leftClipped(_ text: String, to width: Int) -> String {
        guard CharWidth.of(text) > width, width > 1 else { return text }
        var out = ""
        var w = 1
        for ch in text.reversed() {
            let cw = CharWidth.of(ch)
            if w + cw > width { break }
            out.insert(ch, at: out.startIndex)
            w += cw
        }
        return "…" + out
    }
}
