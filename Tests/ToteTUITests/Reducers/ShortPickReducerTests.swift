import Testing
import ToteCore
@testable import ToteTUI

/// The short-pick dialog: nothing reaches the store before the confirm, wrong input changes
/// nothing, and the screen changes only on the store's answer.
@Suite("Short pick reducer")
struct ShortPickReducerTests {
    /// `#1003` with the tee picked: the current stop is 2 mugs at A02-A-03-1.
    private func atMugs(_ mode: ShortPickMode = .exception) -> Harness {
        var context = Fixtures.context
        context.shortPickMode = mode
        var h = Harness(context: context)
        var o = Fixtures.romanian
        o.status = .picking
        h.send(.orderOpened(OrderProgress(order: o, pickedByLine: [2: 1], claimedBy: "PACK-01"), resumed: false))
        h.scanCommitted("A02-A-03-1")
        return h
    }

    private var mugBin: BinLocation { BinLocation(code: "A02-A-03-1")! }

    @Test func scannedShortOpensTheDialogAtTheCurrentStopAndLogsNothingYet() throws {
        var h = atMugs()
        let effects = h.scan("SHORT")
        #expect(effects.isEmpty)
        let dialog = try #require(h.state.work?.shortPick)
        #expect(dialog.sku == "MUG-WHT" && dialog.bin == mugBin)
        #expect(dialog.needed == 2 && dialog.found == 0 && dialog.stage == .found)
        #expect(h.state.status?.text == "Short at A02-A-03-1: how many MUG-WHT did you find?")
    }

    @Test func exceptionFlowByScansAndHotkeys() throws {
        var h = atMugs()
        h.scan("short")
        #expect(h.scan("4006381333931").isEmpty, "a found unit is counted in the dialog only")
        #expect(h.state.work?.shortPick?.found == 1)
        #expect(h.state.work?.pick.unitsPicked == 1, "no pick is counted")
        #expect(h.state.status?.text == "Found 1 of 2 MUG-WHT; scan more or Enter")
        #expect(h.key(.enter).isEmpty)
        #expect(h.state.work?.shortPick?.stage == .reason)
        #expect(h.hotkey("2").isEmpty)
        #expect(h.state.work?.shortPick?.reason == .damaged)
        #expect(h.hotkey("y").isEmpty)
        #expect(h.state.work?.shortPick?.binEmpty == true)
        #expect(h.state.work?.shortPick?.stage == .confirm)

        let effects = h.key(.enter)
        let expected = ShortPick(order: "#1003", lineNumber: 1, sku: "MUG-WHT", bin: mugBin, needed: 2, found: 1,
                                 reason: .damaged, binEmpty: true, mode: .exception, station: "PACK-01", packer: "Ana",
                                 at: h.state.nowMillis, raw: "short")
        #expect(effects == [.recordShortPick(expected)])
        #expect(h.state.work?.shortPick?.saving == true)
        #expect(h.state.screen == .pick, "nothing moves before the store answers")

        let after = h.send(.shortPickRecorded(.movedToException(order: "#1003")))
        #expect(h.state.work == nil)
        #expect(h.state.screen == .queue)
        #expect(after.count == 1)
        #expect(h.state.status?.text == "#1003 sent to exceptions (MUG-WHT short at A02-A-03-1); A02-A-03-1 gets a recount")
    }

    @Test func partialFlowByF6AndTypedAnswersCutsTheLineAndFinishesTheWalk() throws {
        var h = atMugs(.partial)
        #expect(h.key(.function(6)).isEmpty)
        #expect(h.state.work?.shortPick?.raw == "SHORT")
        h.scan("0")
        #expect(h.state.work?.shortPick?.found == 0)
        #expect(h.state.work?.shortPick?.stage == .reason)
        h.scan("R1")
        #expect(h.state.work?.shortPick?.reason == .notInBin)
        h.scan("no")
        #expect(h.state.work?.shortPick?.binEmpty == false)
        let effects = h.scan("DONE")
        guard case .recordShortPick(let short)? = effects.first else {
            Issue.record("no short pick recorded: \(effects)")
            return
        }
        #expect(short.mode == .partial && short.found == 0 && short.needed == 2 && short.reason == .notInBin)

        // The store cut the mug line to nothing: only the tee ships.
        var reduced = Fixtures.romanian
        reduced.status = .picking
        reduced.lines.removeFirst()
        let after = h.send(.shortPickRecorded(.lineReduced(OrderProgress(order: reduced, pickedByLine: [2: 1],
                                                                         packedByLine: [2: 0], claimedBy: "PACK-01"))))
        #expect(h.state.work?.shortPick == nil)
        #expect(h.state.work?.pick.steps.map(\.sku) == ["TEE-BLK-M"])
        #expect(h.state.work?.pick.isComplete == true)
        #expect(h.state.work?.lineUnits.of == 1, "packing expects only what ships")
        #expect(after.contains(.move(order: "#1003", from: .picking, to: .picked)))
        #expect(h.state.status?.text.hasPrefix("MUG-WHT cut to what was found (0 of 2)") == true)
    }

    @Test func partialWithSomeFoundKeepsWalkingWithTheLineReduced() {
        var h = atMugs(.partial)
        var o = Fixtures.romanian
        o.status = .picking
        // Mug line first this time: the tee is still open.
        h.send(.orderOpened(OrderProgress(order: o, claimedBy: "PACK-01"), resumed: true))
        h.scanCommitted("A02-A-03-1")
        h.scan("SHORT")
        h.scan("1")
        h.hotkey("4")
        h.hotkey("n")
        _ = h.key(.enter)
        o.lines[0].quantity = 1
        let after = h.send(.shortPickRecorded(.lineReduced(OrderProgress(order: o, pickedByLine: [1: 1, 2: 0],
                                                                         claimedBy: "PACK-01"))))
        #expect(after.isEmpty)
        let pick = h.state.work?.pick
        #expect(pick?.steps.first(where: { $0.sku == "MUG-WHT" })?.quantity == 1)
        #expect(pick?.unitsPicked == 1 && pick?.unitsTotal == 2)
        #expect(pick?.currentStep.map { pick!.steps[$0].sku } == "TEE-BLK-M")
    }

    @Test func escapeAndCancelCloseTheDialogWithoutAnyChange() {
        var h = atMugs()
        let before = h.state.work
        h.scan("SHORT")
        h.scan("4006381333931")
        #expect(h.key(.escape).isEmpty)
        #expect(h.state.work == before)
        #expect(h.state.screen == .pick)
        #expect(h.state.status?.text == "Short pick cancelled; nothing changed")

        h.key(.function(6))
        h.scan("1")
        #expect(h.scan("CANCEL").isEmpty)
        #expect(h.state.work == before)
    }

    @Test func wrongInputSaysWhatIsExpectedAndChangesNothing() throws {
        var h = atMugs()
        h.scan("SHORT")
        var dialog = try #require(h.state.work?.shortPick)

        #expect(h.scan("5") == [.beep])
        #expect(h.state.status?.text == "Found 5 is more than the 2 still needed; nothing changed")
        #expect(h.scan("036000291452") == [.beep])
        #expect(h.state.status?.text == "TEE-BLK-M is not the item short here (MUG-WHT); nothing counted")
        #expect(h.scan("hello") == [.beep])
        #expect(h.state.status?.text == "Type how many MUG-WHT you found (0–2) and Enter, or scan each one")
        #expect(h.key(.function(8)) == [.beep], "no release under an open dialog")
        #expect(h.key(.function(3)) == [.beep])
        #expect(h.state.work?.shortPick == dialog)
        #expect(h.state.screen == .pick)

        h.scan("4006381333931")
        h.scan("4006381333931")
        dialog = try #require(h.state.work?.shortPick)
        #expect(h.scan("4006381333931") == [.beep], "a third unit is more than needed")
        #expect(h.state.work?.shortPick == dialog)

        h.key(.enter)
        #expect(h.key(.enter) == [.beep])
        #expect(h.state.status?.text == "Choose a reason first: press 1–4")
        #expect(h.hotkey("7") == [], "7 is no hotkey: it waits in the scan line")
        #expect(h.key(.enter) == [.beep])
        #expect(h.state.status?.text == "No reason \"7\": press 1 not in bin, 2 damaged, 3 wrong item, 4 other")
        #expect(h.state.work?.shortPick?.reason == nil)
        h.hotkey("3")
        #expect(h.scan("maybe") == [.beep])
        #expect(h.state.status?.text == "Is the bin empty now? Press y or n")
        #expect(h.state.work?.shortPick?.binEmpty == nil)
        h.hotkey("n")
        #expect(h.scan("4") == [.beep])
        #expect(h.state.status?.text == "Enter records the short pick, Esc cancels it")
    }

    @Test func theStoresRefusalOrFailureIsShownAndNothingMoves() throws {
        var h = atMugs()
        h.scan("SHORT")
        h.scan("0")
        h.hotkey("1")
        h.hotkey("y")
        h.key(.enter)
        #expect(h.scan("SHORT").isEmpty, "input waits while saving")
        #expect(h.state.status?.text == "Saving the short pick…")

        h.send(.failed(.storeError, reason: "database is locked"))
        #expect(h.state.work?.shortPick?.saving == false, "the picker can confirm again")
        let again = h.key(.enter)
        #expect(again.count == 1)

        h.send(.shortPickRecorded(.refused(reason: "line 1 has 1 unit(s) still to pick, not 2")))
        #expect(h.state.work?.shortPick == nil)
        #expect(h.state.work?.pick.unitsPicked == 1)
        #expect(h.state.screen == .pick)
        #expect(h.state.status?.text == "Short pick not recorded: line 1 has 1 unit(s) still to pick, not 2")
    }

    @Test func aWalkWithNothingLeftHasNothingToShort() {
        var h = Harness()
        var o = Fixtures.korean
        o.status = .picking
        h.send(.orderOpened(OrderProgress(order: o, pickedByLine: [1: 1], claimedBy: "PACK-01"), resumed: true))
        #expect(h.key(.function(6)) == [.beep])
        #expect(h.state.work?.shortPick == nil)
    }

    @Test func resumeAfterACrashMidDialogShowsTheWalkAsTheStoreHasIt() {
        // The dialog lives only in memory: a restart resumes from the store's counts.
        var h = atMugs()
        h.scan("SHORT")
        h.scan("1")
        var o = Fixtures.romanian
        o.status = .picking
        var fresh = Harness()
        fresh.send(.orderOpened(OrderProgress(order: o, pickedByLine: [2: 1], claimedBy: "PACK-01"), resumed: true))
        #expect(fresh.state.work?.shortPick == nil)
        #expect(fresh.state.work?.pick.unitsPicked == 1)
        #expect(fresh.state.screen == .pick)
    }
}
