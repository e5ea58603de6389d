import Testing
import ToteCore
@testable import ToteTUI

@Suite("Badge sign-in and rights")
struct SignInReducerTests {
    static let ana = User(badge: "B1042", name: "Ana", role: .packer)
    static let lee = User(badge: "B2001", name: "Lee", role: .lead,
                          pin: try! PinHash(pin: "4711", salt: [9, 9], iterations: 3))

    private func signedIn(_ user: User) -> Harness {
        var h = Harness()
        h.scan(user.badge)
        h.send(.badgeLookedUp(badge: user.badge, .user(user)))
        return h
    }

    @Test func aKnownBadgeWithoutPinSignsInWithItsRole() {
        var h = Harness()
        let effects = h.scan("B1042")
        #expect(effects.count == 2)
        guard case .record(let scan, .none) = effects[0] else { Issue.record("badge not logged"); return }
        #expect(scan.kind == "badge")
        #expect(effects[1] == .lookUpBadge("B1042"))
        #expect(h.state.packer == "Ana" || h.state.packer == "", "nobody signs in before the store answers")
        #expect(h.send(.badgeLookedUp(badge: "B1042", .user(Self.ana))) == [])
        #expect(h.state.packer == "B1042")
        #expect(h.state.user == Self.ana)
        #expect(h.state.usersRequired)
        #expect(h.state.status?.text == "Signed in: B1042 Ana (packer)")
    }

    /// Issue 10: the language is stored with the badge and switched at sign-in, back at LOGOUT.
    @Test func aPackersLanguageHoldsFromSignInToLogout() {
        let ioana = User(badge: "B1043", name: "Ioana", role: .packer, language: .ro)
        var h = signedIn(ioana)
        #expect(h.state.language == .ro)
        #expect(h.state.status?.text.contains("Ioana") == true)
        h.scan("LOGOUT")
        #expect(h.state.language == .en)
        #expect(h.state.user == nil)
    }

    @Test func anUnknownBadgeIsRefusedAndSignsNobodyIn() {
        var h = Harness()
        let before = h.state.packer
        h.scan("B9999")
        #expect(h.send(.badgeLookedUp(badge: "B9999", .unknown)) == [.beep])
        #expect(h.state.packer == before)
        #expect(h.state.user == nil)
        #expect(h.state.status?.severity == .error)
        #expect(h.state.status?.text.contains("B9999 is not a user") == true)
    }

    @Test func aRightPinSignsInAndNeverReachesTheScanLog() {
        var h = Harness()
        h.scan("B2001")
        h.send(.badgeLookedUp(badge: "B2001", .user(Self.lee)))
        #expect(h.state.pinFor == Self.lee)
        #expect(h.state.status?.text == "B2001 Lee: type your PIN, then Enter (Esc cancels)")
        // Letters and hotkeys do nothing while the PIN is asked for.
        #expect(h.key(.char("n")) == [])
        let effects = h.scan("4711")
        #expect(effects == [], "no record, no effect: the PIN is not a scan")
        #expect(h.state.user == Self.lee)
        #expect(h.state.packer == "B2001")
        #expect(h.state.pinFor == nil)
        #expect(h.state.scanLine.isEmpty)
    }

    @Test func aWrongPinSignsNobodyIn() {
        var h = Harness()
        h.scan("B2001")
        h.send(.badgeLookedUp(badge: "B2001", .user(Self.lee)))
        #expect(h.scan("1234") == [.beep])
        #expect(h.state.user == nil)
        #expect(h.state.pinFor == nil)
        #expect(h.state.status?.text == "Wrong PIN for B2001 — scan your badge again")
    }

    @Test func escapeCancelsThePin() {
        var h = Harness()
        h.scan("B2001")
        h.send(.badgeLookedUp(badge: "B2001", .user(Self.lee)))
        h.key(.char("4"))
        h.key(.escape)
        #expect(h.state.pinFor == nil && h.state.user == nil && h.state.scanLine.isEmpty)
    }

    @Test func thePinIsShownMasked() {
        var h = Harness()
        h.scan("B2001")
        h.send(.badgeLookedUp(badge: "B2001", .user(Self.lee)))
        for ch in "47" { h.key(.char(ch)) }
        let text = AppView(context: Fixtures.context).render(h.state).text
        #expect(text.contains("PIN ▸ ••"))
        #expect(!text.contains("47"))
    }

    @Test func anOpenFloorAllowsEverything() {
        var h = Harness()
        #expect(h.reducer.may(&h.state, .voidLabel))
    }

    @Test func rightsFollowTheSignedInRole() {
        var h = signedIn(Self.ana)
        #expect(h.reducer.may(&h.state, .reprint))
        #expect(!h.reducer.may(&h.state, .overrideMissingItem))
        #expect(h.state.status?.text == "Overriding a missing item needs a lead; B1042 Ana is a packer.")
        var lead = signedIn(User(badge: "B2002", name: "Lou", role: .lead))
        #expect(lead.reducer.may(&lead.state, .overrideMissingItem))
        #expect(lead.reducer.may(&lead.state, .releaseOtherClaim))
        #expect(!lead.reducer.may(&lead.state, .cancelOrder))
    }

    @Test func withUsersSetUpNobodySignedInWorksAtPackerLevel() {
        var h = Harness()
        h.state.usersRequired = true
        h.state.lastFinished = "#1003"
        #expect(h.scan("REPRINT").last == .reprint(order: "#1003"))
        #expect(!h.reducer.may(&h.state, .overrideMissingItem))
        #expect(h.state.status?.text == "Overriding a missing item needs a signed-in user — scan your badge")
    }

    @Test func aPackerMayReprint() {
        var ana = signedIn(Self.ana)
        ana.state.lastFinished = "#1003"
        #expect(ana.scan("REPRINT").last == .reprint(order: "#1003"))
    }

    @Test func logoutForgetsTheUser() {
        var h = signedIn(Self.ana)
        h.scan("LOGOUT")
        #expect(h.state.user == nil && h.state.packer == "")
    }
}
