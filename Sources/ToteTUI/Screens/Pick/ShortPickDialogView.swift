import ToteCore

/// Draws the short-pick dialog as a framed box over the pick screen: centred at 80x24, the
/// whole body in the compact handheld layout. Rows that do not fit (the item name, spacers,
/// what happens next) are left out before any answer is.
struct ShortPickDialogView {
    let context: AppContext
    var strings: Strings { context.strings }

    private struct Line {
        var text: String
        var role: Role
        /// Dropped first when the box has too few rows.
        var optional = false
    }

    func render(_ dialog: ShortPickDialog, into grid: inout Grid, area: Rect) {
        guard area.width >= 12, area.height >= 5 else { return }
        let compact = area.width < 60
        let boxWidth = compact ? area.width : min(64, area.width - 4)
        var lines = self.lines(dialog)
        let maxInner = area.height - 2
        while lines.count > maxInner, let drop = lines.lastIndex(where: \.optional) { lines.remove(at: drop) }
        lines = Array(lines.prefix(maxInner))
        let box = Rect(x: area.x + (area.width - boxWidth) / 2,
                       y: area.y + (compact ? 0 : max(0, min(3, (area.height - lines.count - 2) / 2))),
                       width: boxWidth, height: lines.count + 2)
        grid.fill(box, role: .normal)
        frame(box, into: &grid)
        for (i, line) in lines.enumerated() {
            grid.put(line.text, x: box.x + 2, y: box.y + 1 + i, maxWidth: box.width - 4, role: line.role)
        }
    }

    private func lines(_ d: ShortPickDialog) -> [Line] {
        var out = [Line(text: strings.text(.shortStop, ["sku": d.sku, "bin": d.bin.code, "needed": String(d.needed)]),
                        role: .accent),
                   Line(text: d.name, role: .dim, optional: true),
                   Line(text: "", role: .normal, optional: true)]
        out.append(Line(text: marker(d, .found) + strings.text(.shortFoundLabel) + ": " + String(d.found),
                        role: d.stage == .found ? .selected : .normal))
        if d.stage == .found {
            out.append(Line(text: "  " + strings.text(.shortFoundPrompt, ["needed": String(d.needed)]), role: .dim))
        }
        let chosen = d.reason.map { "\($0.code) " + reasonName($0) } ?? "—"
        out.append(Line(text: marker(d, .reason) + strings.text(.shortReasonLabel) + ": " + chosen,
                        role: d.stage == .reason ? .selected : .normal))
        if d.stage == .reason {
            let all = ShortReason.allCases.map { "\($0.code) " + reasonName($0) }
            out.append(Line(text: "  " + all[0] + " · " + all[1], role: .accent))
            out.append(Line(text: "  " + all[2] + " · " + all[3], role: .accent))
        }
        let empty = d.binEmpty.map { strings.text($0 ? .shortYes : .shortNo) } ?? strings.text(.shortYesNo)
        out.append(Line(text: marker(d, .binEmpty) + strings.text(.shortEmptyLabel) + " " + empty,
                        role: d.stage == .binEmpty ? .selected : .normal))
        out.append(Line(text: "", role: .normal, optional: true))
        out.append(Line(text: strings.text(context.shortPickMode == .exception ? .shortModeException : .shortModePartial),
                        role: .dim, optional: true))
        out.append(Line(text: d.saving ? strings.text(.shortSaving) : strings.text(.shortKeys),
                        role: d.stage == .confirm ? .selected : .accent))
        return out
    }

    private func marker(_ d: ShortPickDialog, _ stage: ShortPickDialog.Stage) -> String {
        d.stage == stage ? "▶ " : "  "
    }

    private func reasonName(_ r: ShortReason) -> String {
        switch r {
        case .notInBin: return strings.text(.shortReasonNotInBin)
        case .damaged: return strings.text(.shortReasonDamaged)
        case .wrongItem: return strings.text(.shortReasonWrongItem)
        case .other: return strings.text(.shortReasonOther)
        }
    }

    private func frame(_ r: Rect, into grid: inout Grid) {
        let right = r.x + r.width - 1, bottom = r.y + r.height - 1
        let bar = String(repeating: "─", count: max(0, r.width - 2))
        grid.put("┌" + bar + "┐", x: r.x, y: r.y, role: .warning)
        grid.put("└" + bar + "┘", x: r.x, y: bottom, role: .warning)
        for y in (r.y + 1)..<bottom {
            grid.put("│", x: r.x, y: y, role: .warning)
            grid.put("│", x: right, y: y, role: .warning)
        }
        grid.put(" " + strings.text(.shortTitle) + " ", x: r.x + 2, y: r.y, maxWidth: r.width - 4, role: .warning)
    }
}
