import ToteCore

/// A supervisor accepts a pack item as done although it is not (no stock left, no flyers):
/// F4 on the item, then the supervisor's badge, then a reason by number. Recorded with the scan.
extension AppReducer {
    /// Reasons offered for an override, by the number key that picks them.
    static let overrideReasons: [(key: Character, reason: String, text: StringKey)] = [
        ("1", "out_of_stock", .packReasonOutOfStock),
        ("2", "damaged", .packReasonDamaged),
        ("3", "none_left", .packReasonNoneLeft),
        ("4", "other", .packReasonOther),
    ]

    func startOverride(_ state: inout AppState) -> [AppEffect] {
        guard var work = state.work, !work.finishing else { return [] }
        guard let item = work.cursorItem else {
            state.status = StatusMessage(strings.text(.packNothingToOverride), .warning)
            return [.beep]
        }
        work.overrideDraft = PackOverrideDraft(item: item)
        state.work = work
        state.status = StatusMessage(strings.text(.packOverrideBadge, ["item": work.pack.plan.items[item].name]), .warning)
        return []
    }

    /// Keys while an override is being given; nil lets the key through.
    func overrideKey(_ state: inout AppState, _ key: Key) -> [AppEffect]? {
        guard var work = state.work, let draft = work.overrideDraft else { return nil }
        switch key {
        case .escape, .function(4):
            work.overrideDraft = nil
            state.work = work
            state.status = StatusMessage(strings.text(.packOverrideCancelled), .info)
            return []
        case .char(let ch) where draft.by != nil:
            return overrideReason(&state, ch, raw: String(ch))
        default:
            return []
        }
    }

    /// Scans while an override is being given: the supervisor's badge, then the reason number.
    func overrideScan(_ state: inout AppState, raw: String, kind: ScanKind) -> [AppEffect]? {
        guard var work = state.work, let draft = work.overrideDraft else { return nil }
        if draft.by == nil {
            guard draft.pending == nil, case .badge(let badge) = kind else {
                state.status = StatusMessage(strings.text(.packOverrideBadge,
                                                          ["item": work.pack.plan.items[draft.item].name]), .error)
                return [.beep]
            }
            // Who the badge is, and whether they may, is the store's to say.
            work.overrideDraft?.pending = badge
            state.work = work
            return [.lookUpBadge(badge)]
        }
        if raw.count == 1, let ch = raw.first { return overrideReason(&state, ch, raw: raw) }
        state.status = StatusMessage(strings.text(.packOverrideReason, ["choices": reasonChoices]), .error)
        return [.beep]
    }

    /// The answer for a badge scanned to give an override: on an open floor any badge may; with
    /// users set up, only a role with `Permission.overrideMissingItem` (lead and up). Nil when
    /// the lookup was not for an override (a sign-in).
    func overrideBadgeLookedUp(_ state: inout AppState, badge: String, _ lookup: BadgeLookup) -> [AppEffect]? {
        guard var work = state.work, var draft = work.overrideDraft, draft.pending == badge else { return nil }
        draft.pending = nil
        switch lookup {
        case .openFloor:
            draft.by = badge
        case .unknown:
            state.status = StatusMessage(strings.text(.badgeUnknown, ["badge": badge]), .error)
        case .user(let user):
            do {
                try Rights.check(user, .overrideMissingItem)
                draft.by = user.badge
            } catch {
                state.status = StatusMessage(strings.text(.notAllowed, ["reason": String(describing: error)]), .error)
            }
        }
        work.overrideDraft = draft
        state.work = work
        guard draft.by != nil else { return [.beep] }
        state.status = StatusMessage(strings.text(.packOverrideReason, ["choices": reasonChoices]), .warning)
        return []
    }

    /// The keys a waiting override reason listens to as lone hotkeys.
    var overrideHotkeys: Set<Character> { Set(Self.overrideReasons.map(\.key)) }

    private var reasonChoices: String {
        Self.overrideReasons.map { "\($0.key) \(strings.text($0.text))" }.joined(separator: " · ")
    }

    private func overrideReason(_ state: inout AppState, _ ch: Character, raw: String) -> [AppEffect] {
        guard var work = state.work, let draft = work.overrideDraft, let by = draft.by else { return [] }
        guard let reason = Self.overrideReasons.first(where: { $0.key == ch }) else {
            state.status = StatusMessage(strings.text(.packOverrideReason, ["choices": reasonChoices]), .error)
            return [.beep]
        }
        work.overrideDraft = nil
        state.work = work
        let step = work.pack.evaluate(.override(item: draft.item, by: by, reason: reason.reason))
        if case .refused(let refusal) = step {
            state.status = StatusMessage(refusalText(refusal, work.pack), .error)
            return [.beep]
        }
        return [.record(record(state, raw: "OVERRIDE " + raw, kind: .command(.confirm), outcome: "accepted", phase: .pack,
                               effect: Self.effect(of: step, in: work.pack.plan)), ack: .pack(step))]
    }
}
