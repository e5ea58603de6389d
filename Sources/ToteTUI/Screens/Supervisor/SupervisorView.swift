import ToteCore

/// Draws the dashboard for a state: title with the panel tabs, a one-line summary, the
/// current panel, the prompt row, the status line and the function keys. Pure.
public struct SupervisorView: Sendable {
    public let strings: Strings
    public let utcOffsetSeconds: Int

    public init(strings: Strings = .english, utcOffsetSeconds: Int = 0) {
        self.strings = strings
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    public func render(_ state: SupervisorState) -> Grid {
        var grid = Grid(width: state.width, height: state.height)
        guard !state.isTooSmall else {
            let message = strings.text(.tooSmall, ["size": "80x24"])
            grid.put(message, x: max(0, (grid.width - CharWidth.of(message)) / 2), y: max(0, grid.height / 2 - 1),
                     role: .warning)
            return grid
        }
        let h = state.height
        renderTitle(state, into: &grid)
        let body = Rect(x: 0, y: 2, width: state.width, height: h - 5)
        if let dashboard = state.dashboard {
            renderSummary(dashboard, into: &grid)
            switch state.panel {
            case .throughput: ThroughputPanel(strings: strings).render(dashboard, into: &grid, area: body)
            case .queue: QueuePanel(strings: strings, utcOffsetSeconds: utcOffsetSeconds).render(dashboard, into: &grid, area: body)
            case .exceptions:
                ExceptionsPanel(strings: strings).render(dashboard, selection: state.selection, into: &grid, area: body)
            case .charts: ChartsPanel(strings: strings, utcOffsetSeconds: utcOffsetSeconds).render(dashboard, into: &grid, area: body)
            }
        } else {
            grid.put(strings.text(.supLoading), x: 1, y: 3, role: .dim)
        }
        renderPrompt(state, into: &grid, row: h - 3)
        StatusLine(station: strings.text(.supTitle), packer: state.supervisor, storePath: state.storePath,
                   message: state.status).render(into: &grid, row: h - 2)
        FunctionBar(items: [("1-4", strings.text(.fkPanels)), ("↑↓", strings.text(.fkMove)),
                            ("r", strings.text(.fkRelease)), ("a", strings.text(.fkReassign)),
                            ("c", strings.text(.fkCancelOrder)),
                            ("F5", strings.text(.fkRefresh)), ("F10", strings.text(.fkQuit))])
            .render(into: &grid, row: h - 1)
        return grid
    }

    /// On the prompt row while reassigning; hidden otherwise.
    public func cursor(_ state: SupervisorState) -> (x: Int, y: Int)? {
        guard !state.isTooSmall else { return nil }
        switch state.pending {
        case .reassign(let order, let station)?:
            let prompt = strings.text(.supReassignPrompt, ["order": order])
            return (min(state.width - 1, CharWidth.of(prompt) + CharWidth.of(station)), state.height - 3)
        case .void(let order, let reason)?:
            let prompt = strings.text(.supVoidPrompt, ["order": order])
            return (min(state.width - 1, CharWidth.of(prompt) + CharWidth.of(reason)), state.height - 3)
        default:
            return nil
        }
    }

    private func renderTitle(_ state: SupervisorState, into grid: inout Grid) {
        grid.fill(Rect(x: 0, y: 0, width: grid.width, height: 1), role: .title)
        var x = grid.put(" " + strings.text(.appName) + " · " + strings.text(.supTitle) + "  ", x: 0, y: 0, role: .title)
        let names: [(SupervisorPanel, StringKey)] = [(.throughput, .supPanelThroughput), (.queue, .supPanelQueue),
                                                     (.exceptions, .supPanelExceptions), (.charts, .supPanelCharts)]
        for (panel, key) in names {
            let text = "\(panel.rawValue) " + strings.text(key)
            x += grid.put(" " + text + " ", x: x, y: 0, role: panel == state.panel ? .selected : .title)
        }
        let clock = TimeText.shipBy(state.nowMillis / 1000, now: state.nowMillis / 1000, utcOffset: utcOffsetSeconds,
                                    format: strings.format)
        grid.putRight(clock + " ", right: grid.width, y: 0, maxWidth: 7, role: .title)
    }

    private func renderSummary(_ d: Dashboard, into grid: inout Grid) {
        let text = strings.text(.supSummary, [
            "hours": SupervisorFormat.rate(d.window.hours, strings.format), "orders": String(d.total.orders),
            "rate": SupervisorFormat.rate(d.total.ordersPerHour, strings.format), "hour": String(d.total.ordersLastHour),
            "risk": String(d.forecast.atRisk.count), "exceptions": String(d.exceptions.count),
        ])
        grid.put(" " + text, x: 0, y: 1, role: d.forecast.atRisk.isEmpty ? .normal : .warning)
    }

    private func renderPrompt(_ state: SupervisorState, into grid: inout Grid, row y: Int) {
        switch state.pending {
        case .reassign(let order, let station)?:
            grid.fill(Rect(x: 0, y: y, width: grid.width, height: 1), role: .scanLine)
            let x = grid.put(strings.text(.supReassignPrompt, ["order": order]), x: 0, y: y, role: .accent)
            grid.put(station, x: x, y: y, role: .scanLine)
        case .cancel(let order)?:
            grid.put(strings.text(.supCancelConfirm, ["order": order]), x: 0, y: y, role: .warning)
        case .void(let order, let reason)?:
            grid.fill(Rect(x: 0, y: y, width: grid.width, height: 1), role: .scanLine)
            let x = grid.put(strings.text(.supVoidPrompt, ["order": order]), x: 0, y: y, role: .accent)
            grid.put(StatusLine.leftClipped(reason, to: max(1, grid.width - x - 1)), x: x, y: y, role: .scanLine)
        case nil:
            break
        }
    }
}
