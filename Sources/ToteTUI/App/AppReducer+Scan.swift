import ToteCore

extension AppReducer {
    /// One whole scan from the scan line: classify it, then let the current screen decide.
    func submitScan(_ state: inout AppState, _ raw: String, maxGapMillis: Int64 = 0) -> [AppEffect] {
        let reading = context.classifier.read(raw)
        state.scanMeta = ScanMeta(maxGapMillis: maxGapMillis, symbology: reading.symbology?.rawValue)
        defer { state.scanMeta = nil }
        // The short-pick dialog reads counts, reason numbers and y/n, which are no barcodes.
        if state.screen == .pick, state.work?.shortPick != nil {
            return shortPickScan(&state, raw: raw, reading: reading)
        }
        return submitScan(&state, raw, kind: reading.kind, issue: reading.issue)
    }

    private func submitScan(_ state: inout AppState, _ raw: String, kind: ScanKind, issue: ScanIssue?) -> [AppEffect] {
        // A scan on the queue while an order is held goes to that order's screen.
        if state.screen == .queue, state.cart != nil, kind != .command(.next) { state.screen = .pick }
        if state.screen == .queue, let work = state.work, kind != .command(.next) {
            state.screen = work.order.status == .packing ? .pack : .pick
        }
        let phase: ScanRecord.Phase = state.screen == .queue ? .queue : (state.screen == .pick ? .pick : .pack)
        // A supervisor override in progress takes the badge and the reason, whatever they read as.
        if state.screen == .pack, state.work?.overrideDraft != nil { return packScan(&state, raw: raw, kind: kind) }
        // Inserts, carton labels and scale readings are no catalogue items, but the box knows them.
        switch kind {
        case .unknownProduct, .unknown, .badCheckDigit, .tote, .carton:
            if let effects = packOtherScan(&state, raw: raw, kind: kind) { return effects }
        default:
            break
        }
        switch kind {
        case .badCheckDigit(let code):
            return refuse(&state, strings.text(.scanCheckDigit, ["code": code]), raw: raw, kind: kind,
                          outcome: "bad_check_digit", phase: phase)
        case .unknownProduct(let gtin):
            return refuse(&state, strings.text(.scanUnknownProduct, ["code": gtin.digits]), raw: raw, kind: kind,
                          outcome: "unknown_product", phase: phase)
        case .unknown:
            // A malformed GS1 code says what is wrong with it; plain noise is just unknown.
            if let issue, issue != .unknownCode, issue != .empty {
                return refuse(&state, strings.text(.scanUnreadable, ["code": Self.clip(raw), "reason": strings.scanIssue(issue)]),
                              raw: raw, kind: kind, outcome: issue.logName, phase: phase)
            }
            return refuse(&state, strings.text(.scanUnknown, ["code": Self.clip(raw)]), raw: raw, kind: kind,
                          outcome: "unknown", phase: phase)
        default:
            break
        }
        switch kind {
        case .badge(let badge):
            return badgeScanned(&state, badge, record: record(state, raw: raw, kind: kind, outcome: "accepted", phase: phase,
                                                              effect: nil))
        case .command(.logout):
            let log = AppEffect.record(record(state, raw: raw, kind: kind, outcome: "accepted", phase: phase, effect: nil),
                                       ack: .none)
            state.packer = ""
            state.user = nil
            state.languageChoice.packer = nil
            state.status = StatusMessage(Strings(language: state.language).text(.signedOut), .info)
            return [log]
        case .tote(let code) where state.screen == .queue && state.work == nil && state.cart == nil
                && code.uppercased().hasPrefix("CART"):
            return [.record(record(state, raw: raw, kind: kind, outcome: "accepted", phase: phase, effect: nil), ack: .none),
                    .loadCartCandidates(cart: code.uppercased())]
        case .item(let sku) where state.screen == .queue && state.work == nil && state.cart == nil:
            // Sort at the pack station: which cart order is this item for?
            return [.record(record(state, raw: raw, kind: kind, outcome: "accepted", phase: phase, effect: nil), ack: .none),
                    .sortItem(sku: sku)]
        case .tote(let code), .carton(let code):
            return refuse(&state, strings.text(.scanNotUsedHere, ["code": code]), raw: raw, kind: kind,
                          outcome: "not_used_here", phase: phase)
        case .order(let number) where state.screen == .queue && state.work == nil:
            return [.record(record(state, raw: raw, kind: kind, outcome: "accepted", phase: phase, effect: nil), ack: .none),
                    .claim(order: number)]
        default:
            break
        }
        switch state.screen {
        case .queue: return queueScan(&state, raw: raw, kind: kind)
        case .pick: return state.cart != nil ? cartScan(&state, raw: raw, kind: kind) : pickScan(&state, raw: raw, kind: kind)
        case .pack: return packScan(&state, raw: raw, kind: kind)
        }
    }

    /// Signs `packer` in and switches the screens to their `language` (nil: the station's own),
    /// unless `--lang` forced one. The greeting is already in the new language.
    public func signIn(_ state: inout AppState, packer: String, language: Language?) {
        state.packer = packer
        state.languageChoice.packer = language
        state.status = StatusMessage(Strings(language: state.language).text(.signedIn, ["packer": packer]), .ok)
    }

    /// Refuses a command the current screen has no use for.
    func commandNotHere(_ state: inout AppState, _ command: StationCommand, raw: String,
                        phase: ScanRecord.Phase) -> [AppEffect] {
        refuse(&state, strings.text(.scanCommandHere, ["command": command.rawValue]), raw: raw,
               kind: .command(command), outcome: "command_not_here", phase: phase)
    }

    func notOnOrder(_ state: inout AppState, sku: String, raw: String, phase: ScanRecord.Phase) -> [AppEffect] {
        let name = context.catalog.sku(code: sku)?.name ?? ""
        return refuse(&state, strings.text(.scanNotOnOrder, ["sku": sku, "name": name]), raw: raw,
                      kind: .item(sku: sku), outcome: "not_on_order", phase: phase)
    }

    /// Keeps an echoed unknown scan short enough for the status line.
    static func clip(_ raw: String) -> String {
        raw.count > 40 ? String(raw.prefix(39)) + "…" : raw
    }
}
