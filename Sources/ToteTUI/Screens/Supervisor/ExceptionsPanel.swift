import ToteCore

/// Panel 3: what needs a supervisor, one row per order and kind, with a selection the actions
/// (release, reassign, cancel, reprint) apply to.
struct ExceptionsPanel {
    let strings: Strings

    static let widths = [18, 10, 10, 10]

    func render(_ d: Dashboard, selection: Int, into grid: inout Grid, area: Rect) {
        Columns.draw([strings.text(.supColKind), strings.text(.supColOrder), strings.text(.supColStation),
                      strings.text(.supColSince)], widths: Self.widths, right: [3], into: &grid, x0: 2, y: area.y,
                     role: .header)
        guard !d.exceptions.isEmpty else {
            grid.put(strings.text(.supNoExceptions), x: 2, y: area.y + 2, role: .ok)
            return
        }
        let visible = max(1, area.height - 1)
        let first = max(0, min(selection - visible + 1, d.exceptions.count - visible))
        for (i, exception) in d.exceptions.enumerated().dropFirst(first).prefix(visible) {
            let y = area.y + 1 + i - first
            let selected = i == selection
            let role: Role = selected ? .selected : role(of: exception.kind)
            if selected { grid.fill(Rect(x: 0, y: y, width: area.width, height: 1), role: .selected) }
            grid.put(selected ? "▶" : " ", x: 0, y: y, role: role)
            let since = exception.at.map { SupervisorFormat.millis(max(0, d.now - $0)) } ?? ""
            Columns.draw([name(exception.kind), exception.order, exception.station ?? "", since],
                         widths: Self.widths, right: [3], into: &grid, x0: 2, y: y, role: role)
        }
    }

    private func role(of kind: ExceptionKind) -> Role {
        switch kind {
        case .cancelledInShop, .damaged, .failedPrint: return .error
        default: return .warning
        }
    }

    func name(_ kind: ExceptionKind) -> String {
        switch kind {
        case .shortPick: return strings.text(.supKindShortPick)
        case .damaged: return strings.text(.supKindDamaged)
        case .onHold: return strings.text(.supKindOnHold)
        case .exception: return strings.text(.supKindException)
        case .failedPrint: return strings.text(.supKindFailedPrint)
        case .staleClaim: return strings.text(.supKindStale)
        case .changedInShop: return strings.text(.supKindChanged)
        case .cancelledInShop: return strings.text(.supKindCancelled)
        case .offlineConflict: return strings.text(.supKindOfflineConflict)
        }
    }
}
