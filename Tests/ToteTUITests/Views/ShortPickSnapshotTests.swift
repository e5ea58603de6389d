import Testing
import ToteCore
@testable import ToteTUI

@Suite("Short pick dialog snapshots")
struct ShortPickSnapshotTests {
    let view = AppView(context: Fixtures.context)

    /// The dialog at the reason question, one mug found of the two still needed.
    private func dialog(width: Int, height: Int) -> AppState {
        var h = Harness(state: Fixtures.state(width: width, height: height))
        var o = Fixtures.romanian
        o.status = .picking
        h.send(.orderOpened(OrderProgress(order: o, pickedByLine: [2: 1], claimedBy: "PACK-01"), resumed: true))
        h.scanCommitted("A02-A-03-1")
        h.scan("SHORT")
        h.scan("4006381333931")
        h.key(.enter)
        return h.state
    }

    @Test func dialogAt80x24() {
        assertSnapshot(view.render(dialog(width: 80, height: 24)), named: "pick-short-80x24")
    }

    @Test func dialogAt40x16() {
        assertSnapshot(view.render(dialog(width: 40, height: 16)), named: "pick-short-compact-40x16")
    }

    @Test func everyStageFitsTheHandheld() {
        var h = Harness(state: Fixtures.state(width: 40, height: 16))
        var o = Fixtures.romanian
        o.status = .picking
        h.send(.orderOpened(OrderProgress(order: o, pickedByLine: [2: 1], claimedBy: "PACK-01"), resumed: true))
        h.scan("SHORT")
        for step in ["", "1", "2", "y"] {
            if step == "" { h.key(.enter) } else { h.hotkey(Character(step)) }
            let text = view.render(h.state).text
            #expect(text.contains("SHORT PICK"))
            #expect(text.contains("Enter confirm · Esc cancel"), "the way out stays visible at \(step)")
        }
    }

    @Test func everySizeFromHandheldToDesktopKeepsTheAnswersAndTheWayOut() {
        for w in 40...90 {
            for hgt in 16...26 {
                let text = view.render(dialog(width: w, height: hgt)).text
                #expect(text.contains("▶ Reason"), "reason row at \(w)x\(hgt)")
                #expect(text.contains("Enter confirm · Esc cancel"), "keys at \(w)x\(hgt)")
                #expect(text.contains("1 not in bin"), "choices at \(w)x\(hgt)")
            }
        }
    }
}
