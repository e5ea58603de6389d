import ToteCore

/// Draws the whole station for a state: a pure function, the same grid for the terminal and
/// for snapshot tests.
public struct AppView: Sendable {
    public let context: AppContext

    public init(context: AppContext) { self.context = context }

    var strings: Strings { context.strings }

    public func render(_ state: AppState) -> Grid {
        guard context.strings.language == state.language else {
            return AppView(context: context.speaking(state.language)).render(state)
        }
        var grid = Grid(width: state.width, height: state.height)
        guard !state.isTooSmall else {
            renderTooSmall(state, into: &grid)
            return grid
        }
        let h = state.height
        let body = Rect(x: 0, y: 0, width: state.width, height: h - 3)
        switch state.screen {
        case .queue: QueueView(strings: strings, utcOffset: context.utcOffsetSeconds).render(state, into: &grid, area: body)
        case .pick where state.cart != nil:
            CartPickView(strings: strings).render(state, into: &grid, area: body)
        case .pick where state.isCompact:
            CompactPickView(context: context).render(state, into: &grid, area: body)
        case .pick: PickView(context: context).render(state, into: &grid, area: body)
        case .pack:
            let service = state.work?.currentService(carriers: context.carriers, nowMillis: state.nowMillis)
            PackView(strings: strings, utcOffset: context.utcOffsetSeconds, weighParcels: context.weighParcels,
                     tolerance: context.cartons?.tolerance ?? WeightTolerance(), service: service)
                .render(state, into: &grid, area: body)
        }
        if state.screen == .pick, let dialog = state.work?.shortPick {
            ShortPickDialogView(context: context).render(dialog, into: &grid, area: body)
        }
        renderScanLine(state, into: &grid, row: h - 3)
        StatusLine(station: state.station, packer: state.packer.isEmpty ? strings.text(.noPacker) : state.packer,
                   storePath: state.storePath, message: state.status).render(into: &grid, row: h - 2)
        FunctionBar(items: functionKeys(state.screen, cart: state.cart != nil)).render(into: &grid, row: h - 1)
        return grid
    }

    /// Where the terminal cursor belongs: the end of the scan line.
    public func cursor(_ state: AppState) -> (x: Int, y: Int)? {
        guard !state.isTooSmall else { return nil }
        guard context.strings.language == state.language else {
            return AppView(context: context.speaking(state.language)).cursor(state)
        }
        let x = CharWidth.of(prompt(state)) + CharWidth.of(shownEntry(state))
        return (min(x, state.width - 1), state.height - 3)
    }

    private func renderScanLine(_ state: AppState, into grid: inout Grid, row y: Int) {
        grid.fill(Rect(x: 0, y: y, width: grid.width, height: 1), role: .scanLine)
        let x = grid.put(prompt(state), x: 0, y: y, role: .accent)
        // Keep the end of a long entry visible: that is where the next character lands.
        let shown = StatusLine.leftClipped(shownEntry(state), to: max(1, grid.width - x - 1))
        grid.put(shown, x: x, y: y, role: .scanLine)
    }

    private func prompt(_ state: AppState) -> String {
        if state.pinFor != nil { return strings.text(.pinPrompt) }
        return state.screen == .queue && state.queue.searching ? strings.text(.searchPrompt) : strings.text(.scanPrompt)
    }

    /// The scan line as shown: a PIN only as one `•` per digit.
    private func shownEntry(_ state: AppState) -> String {
        state.pinFor == nil ? state.scanLine.buffer : String(repeating: "•", count: state.scanLine.buffer.count)
    }

    private func functionKeys(_ screen: Screen, cart: Bool) -> [(key: String, label: String)] {
        // A cart has no SKIP, SHORT or release: its stops serve several orders at once.
        if screen == .pick, cart { return [("Esc", strings.text(.fkQueue)), ("F10", strings.text(.fkQuit))] }
        switch screen {
        case .queue:
            return [("Enter", strings.text(.fkOpen)), ("n", strings.text(.fkNext)), ("/", strings.text(.fkSearch)),
                    ("F4", strings.text(.fkFilter)), ("F5", strings.text(.fkRefresh)), ("F10", strings.text(.fkQuit))]
        case .pick:
            return [("Esc", strings.text(.fkQueue)), ("F6", strings.text(.fkShort)), ("F7", strings.text(.fkSkip)),
                    ("F10", strings.text(.fkQuit)), ("F8", strings.text(.fkRelease))]
        case .pack:
            return [("F5", strings.text(.fkConfirm)), ("F6", strings.text(.fkUndo)), ("F9", strings.text(.fkDone)),
                    ("F4", strings.text(.fkOverride)), ("F7", strings.text(.fkService)), ("F8", strings.text(.fkRelease)),
                    ("Esc", strings.text(.fkQueue))]
        }
    }

    private func renderTooSmall(_ state: AppState, into grid: inout Grid) {
        guard grid.width > 0, grid.height > 0 else { return }
        let need = state.minimumSize
        let message = strings.text(.tooSmall, ["size": "\(need.width)x\(need.height)"])
        let size = "\(state.width)x\(state.height)"
        let y = max(0, grid.height / 2 - 1)
        let x = max(0, (grid.width - CharWidth.of(message)) / 2)
        grid.put(message, x: x, y: y, role: .warning)
        if y + 1 < grid.height {
            grid.put(size, x: max(0, (grid.width - size.count) / 2), y: y + 1, role: .dim)
        }
    }
}
