import ToteCore

extension AppReducer {
    /// A badge scan: logged, then looked up in the store before anyone is signed in.
    func badgeScanned(_ state: inout AppState, _ badge: String, record: ScanRecord) -> [AppEffect] {
        state.pinFor = nil
        return [.record(record, ack: .none), .lookUpBadge(badge)]
    }

    func badgeLookedUp(_ state: inout AppState, badge: String, _ lookup: BadgeLookup) -> [AppEffect] {
        if let effects = overrideBadgeLookedUp(&state, badge: badge, lookup) { return effects }
        switch lookup {
        case .openFloor:
            state.usersRequired = false
            state.user = nil
            state.packer = badge
            state.status = StatusMessage(strings.text(.signedIn, ["packer": badge]), .ok)
            return []
        case .unknown:
            state.usersRequired = true
            state.status = StatusMessage(strings.text(.badgeUnknown, ["badge": badge]), .error)
            return [.beep]
        case .user(let user) where user.needsPin:
            state.usersRequired = true
            state.pinFor = user
            state.scanLine.clear()
            state.status = StatusMessage(strings.text(.pinAsked, ["badge": user.badge, "name": user.name]), .info)
            return []
        case .user(let user):
            state.usersRequired = true
            signIn(&state, user)
            return []
        }
    }

    /// Enter while a PIN is asked for: the typed digits never reach the scan log.
    func submitPin(_ state: inout AppState) -> [AppEffect] {
        guard let user = state.pinFor else { return [] }
        let pin = state.scanLine.buffer
        state.scanLine.clear()
        state.pinFor = nil
        guard let hash = user.pin, hash.matches(pin) else {
            state.status = StatusMessage(strings.text(.pinWrong, ["badge": user.badge]), .error)
            return [.beep]
        }
        signIn(&state, user)
        return []
    }

    func cancelPin(_ state: inout AppState) {
        state.pinFor = nil
        state.scanLine.clear()
        state.status = StatusMessage(strings.text(.pinCancelled), .info)
    }

    private func signIn(_ state: inout AppState, _ user: User) {
        state.user = user
        state.packer = user.badge
        // The packer's language holds until LOGOUT (an explicit --lang still wins).
        state.languageChoice.packer = user.language
        state.status = StatusMessage(Strings(language: state.language).text(.signedInAs, ["badge": user.badge, "name": user.name,
                                                                "role": user.role.rawValue]), .ok)
    }

    /// True when the signed-in user may do `permission` (always on an open floor). Before
    /// anyone scans a badge the station works at packer level, as it did before users existed
    /// (pick, pack, reprint); anything more needs a badge. When not allowed, says why on the
    /// status line, so the caller only has to beep and stop.
    func may(_ state: inout AppState, _ permission: Permission) -> Bool {
        guard state.usersRequired else { return true }
        guard let user = state.user else {
            if Rights.allows(.packer, permission) { return true }
            state.status = StatusMessage(strings.text(.notSignedIn, ["action": permission.activity]), .error)
            return false
        }
        do {
            try Rights.check(user, permission)
            return true
        } catch {
            state.status = StatusMessage(strings.text(.notAllowed, ["reason": String(describing: error)]), .error)
            return false
        }
    }
}
