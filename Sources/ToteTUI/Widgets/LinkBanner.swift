import ToteCore

/// "offline — 3 scans waiting": what every station screen shows, in the warning colour, while
/// the store's server does not answer; nothing while it does. Short in every language (at most
/// 38 columns with a three-digit count), so it fits a 40-column handheld.
struct LinkBanner {
    let strings: Strings

    /// The banner's words, or nil while online.
    func text(_ link: StoreLink) -> String? {
        guard !link.online else { return nil }
        switch link.waiting {
        case ...0: return strings.text(.linkReconnecting)
        case 1: return strings.text(.linkWaitingOne)
        default: return strings.text(.linkWaiting, ["count": String(link.waiting)])
        }
    }

    /// Draws the banner in a title row, right-aligned so it ends at column `right - 1` (left of
    /// the screen's progress or counts). Drawn after the title, so on a narrow row it covers the
    /// title's end rather than being cut itself. Returns the columns taken, 0 while online.
    @discardableResult
    func renderRight(_ link: StoreLink, right: Int, y: Int, into grid: inout Grid) -> Int {
        guard let text = text(link) else { return 0 }
        return grid.putRight(" " + text + " ", right: right, y: y, maxWidth: max(0, right), role: .warning)
    }

    /// Draws the banner over a whole row (the compact layouts, whose title row has no room).
    /// Returns false while online, leaving the row to the screen.
    @discardableResult
    func renderRow(_ link: StoreLink, _ row: Rect, into grid: inout Grid) -> Bool {
        guard let text = text(link) else { return false }
        grid.fill(row, role: .warning)
        grid.put(" " + text, x: row.x, y: row.y, maxWidth: row.width, role: .warning)
        return true
    }
}
