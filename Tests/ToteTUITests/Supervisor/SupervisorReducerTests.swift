import Testing
import ToteCore
@testable import ToteTUI

struct SupervisorReducerTests {
    let reducer = SupervisorReducer()

    @Test func startLoadsAndTicksProbeForCommits() {
        var state = SupervisorState(nowMillis: 1_000, supervisor: "sam", storePath: "x")
        #expect(reducer.reduce(&state, .started) == [.load(now: 1_000, shiftHours: 8)])
        #expect(reducer.reduce(&state, .tick(atMillis: 1_100)) == [])
        #expect(reducer.reduce(&state, .tick(atMillis: 1_250)) == [.checkForChanges])
        #expect(reducer.reduce(&state, .tick(atMillis: 1_300)) == [])
        #expect(reducer.reduce(&state, .storeChanged) == [.load(now: 1_300, shiftHours: 8)])
        // Without commits the time-based figures are still refreshed.
        #expect(reducer.reduce(&state, .tick(atMillis: 16_300)) == [.load(now: 16_300, shiftHours: 8)])
    }

    @Test func loadedDashboardIsShownAndSelectionClamped() {
        var state = SupervisorFixtures.state(.exceptions)
        state.selection = 99
        _ = reducer.reduce(&state, .loaded(SupervisorFixtures.dashboard))
        #expect(state.selection == 4)
    }

    @Test func panelsSwitchByNumberAndTab() {
        var state = SupervisorFixtures.state()
        _ = reducer.reduce(&state, .input(.key(.char("3")), atMillis: state.nowMillis))
        #expect(state.panel == .exceptions)
        _ = reducer.reduce(&state, .input(.key(.tab), atMillis: state.nowMillis))
        #expect(state.panel == .charts)
        _ = reducer.reduce(&state, .input(.key(.tab), atMillis: state.nowMillis))
        #expect(state.panel == .throughput)
    }

    @Test func actionsNeedASelectedException() {
        var state = SupervisorFixtures.state(.throughput)
        #expect(reducer.reduce(&state, .input(.key(.char("r")), atMillis: state.nowMillis)) == [.beep])
        #expect(state.status?.severity == .warning)
    }

    @Test func releaseReassignCancelAndReprintTheSelectedOrder() {
        var state = SupervisorFixtures.state(.exceptions)
        let first = state.dashboard!.exceptions[0].order
        #expect(reducer.reduce(&state, .input(.key(.char("r")), atMillis: state.nowMillis)) == [.release(order: first)])
        _ = reducer.reduce(&state, .input(.key(.down), atMillis: state.nowMillis))
        let second = state.dashboard!.exceptions[1].order
        _ = reducer.reduce(&state, .input(.key(.char("a")), atMillis: state.nowMillis))
        #expect(state.pending == .reassign(order: second, station: ""))
        for ch in "PACK-09" { _ = reducer.reduce(&state, .input(.key(.char(ch)), atMillis: state.nowMillis)) }
        _ = reducer.reduce(&state, .input(.key(.backspace), atMillis: state.nowMillis))
        _ = reducer.reduce(&state, .input(.key(.char("2")), atMillis: state.nowMillis))
        #expect(reducer.reduce(&state, .input(.key(.enter), atMillis: state.nowMillis))
                == [.reassign(order: second, station: "PACK-02")])
        #expect(state.pending == nil)

        _ = reducer.reduce(&state, .input(.key(.char("c")), atMillis: state.nowMillis))
        #expect(state.pending == .cancel(order: second))
        #expect(reducer.reduce(&state, .input(.key(.char("n")), atMillis: state.nowMillis)) == [])
        #expect(state.pending == nil)
        _ = reducer.reduce(&state, .input(.key(.char("c")), atMillis: state.nowMillis))
        #expect(reducer.reduce(&state, .input(.key(.char("y")), atMillis: state.nowMillis)) == [.cancel(order: second)])
        #expect(reducer.reduce(&state, .input(.key(.char("p")), atMillis: state.nowMillis)) == [.reprint(order: second)])
    }

    @Test func aBadStationIdIsRefused() {
        var state = SupervisorFixtures.state(.exceptions)
        _ = reducer.reduce(&state, .input(.key(.char("a")), atMillis: state.nowMillis))
        _ = reducer.reduce(&state, .input(.key(.char("!")), atMillis: state.nowMillis))
        #expect(reducer.reduce(&state, .input(.key(.enter), atMillis: state.nowMillis)) == [.beep])
    }

    @Test func quitOnF10() {
        var state = SupervisorFixtures.state()
        #expect(reducer.reduce(&state, .input(.key(.function(10)), atMillis: state.nowMillis)) == [.quit])
    }

    @Test func appRunsActionsAndReloadsThroughTheSource() throws {
        let source = FakeSupervisorSource()
        let runner = SupervisorRunner(source: source, calculator: DashboardCalculator(), supervisor: "sam")
        var initial = SupervisorState(nowMillis: SupervisorFixtures.now, supervisor: "sam", storePath: "x")
        initial.panel = .exceptions
        let app = SupervisorApp(state: initial, runner: runner, view: SupervisorView())
        _ = app.handle(nil, atMillis: SupervisorFixtures.now)
        #expect(app.state.dashboard?.exceptions.count == 5)
        _ = app.handle(.key(.char("r")), atMillis: SupervisorFixtures.now + 10)
        #expect(source.actions == ["release #1201 by sam"])
        #expect(app.state.status?.severity == .ok)
        source.fail = StoreError.notFound(order: "#1201")
        #expect(app.handle(.key(.char("r")), atMillis: SupervisorFixtures.now + 20) == [.beep])
        #expect(app.state.status?.severity == .error)
        #expect(app.handle(.key(.char("p")), atMillis: SupervisorFixtures.now + 30) == [.beep])
        // A commit seen by the probe reloads; none, nothing.
        source.changed = true
        source.facts.exceptions = []
        _ = app.handle(nil, atMillis: SupervisorFixtures.now + 400)
        #expect(app.state.dashboard?.exceptions.isEmpty == true)
    }

    @Test func endOfDayIsLocal() {
        // 2026-11-27 09:00 UTC; at UTC+10 it is 19:00, the day ends at 14:00 UTC.
        #expect(SupervisorRunner.endOfDaySeconds(now: SupervisorFixtures.now, utcOffsetSeconds: 36_000)
                == SupervisorFixtures.now / 1000 + 5 * 3600)
    }
}

/// A label desk that records what the supervisor asked of it.
final class FakeLabelDesk: LabelDesk, @unchecked Sendable {
    var actions: [String] = []
    var hasLabel = true

    func reprintLabel(of order: String, nowMillis: Int64) throws -> Bool {
        actions.append("reprint \(order)")
        return hasLabel
    }

    func voidLabel(of order: String, reason: String, supervisor: String, nowMillis: Int64) throws -> String? {
        actions.append("void \(order) by \(supervisor): \(reason)")
        return hasLabel ? "1Z999AA10123456784" : nil
    }
}

struct SupervisorLabelActionTests {
    let reducer = SupervisorReducer()

    @Test func voidAsksWhyBeforeItActs() {
        var state = SupervisorFixtures.state(.exceptions)
        let order = state.dashboard!.exceptions[0].order
        _ = reducer.reduce(&state, .input(.key(.char("v")), atMillis: state.nowMillis))
        #expect(state.pending == .void(order: order, reason: ""))
        #expect(reducer.reduce(&state, .input(.key(.enter), atMillis: state.nowMillis)) == [.beep], "a reason is required")
        for ch in "box crushed" { _ = reducer.reduce(&state, .input(.key(.char(ch)), atMillis: state.nowMillis)) }
        #expect(reducer.reduce(&state, .input(.key(.enter), atMillis: state.nowMillis))
                == [.void(order: order, reason: "box crushed")])
        #expect(state.pending == nil)
    }

    @Test func reprintAndVoidGoToTheLabelDesk() throws {
        let source = FakeSupervisorSource()
        let desk = FakeLabelDesk()
        let runner = SupervisorRunner(source: source, calculator: DashboardCalculator(), supervisor: "sam", labels: desk)
        var initial = SupervisorState(nowMillis: SupervisorFixtures.now, supervisor: "sam", storePath: "x")
        initial.panel = .exceptions
        let app = SupervisorApp(state: initial, runner: runner, view: SupervisorView())
        _ = app.handle(nil, atMillis: SupervisorFixtures.now)
        _ = app.handle(.key(.char("p")), atMillis: SupervisorFixtures.now + 10)
        #expect(app.state.status?.text == "Reprinting the label of #1201")
        _ = app.handle(.key(.char("v")), atMillis: SupervisorFixtures.now + 20)
        for ch in "wrong box" { _ = app.handle(.key(.char(ch)), atMillis: SupervisorFixtures.now + 30) }
        _ = app.handle(.key(.enter), atMillis: SupervisorFixtures.now + 40)
        #expect(desk.actions == ["reprint #1201", "void #1201 by sam: wrong box"])
        #expect(app.state.status?.text == "#1201: tracking number 1Z999AA10123456784 voided; it is never issued again")
        let prompt = SupervisorView().render({ var s = app.state; s.pending = .void(order: "#1201", reason: "x"); return s }())
        #expect(prompt.text.contains("Void the label of #1201 because ▸ x"))
    }
}
