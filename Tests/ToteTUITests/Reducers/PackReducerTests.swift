import Testing
import ToteCore
@testable import ToteTUI

@Suite("Pack reducer")
struct PackReducerTests {
    private func packing(verified: [Int: Int] = [:]) -> Harness {
        var h = Harness()
        var o = Fixtures.romanian
        o.status = .packing
        h.send(.orderOpened(OrderProgress(order: o, pickedByLine: [1: 2, 2: 1], packedByLine: verified,
                                          claimedBy: "PACK-01"), resumed: false))
        return h
    }

    @Test func opensOnThePackScreen() {
        let h = packing()
        #expect(h.state.screen == .pack)
    }

    @Test func eachUnitMustBeScanned() {
        var h = packing()
        h.scanCommitted("4006381333931")
        #expect(h.state.work?.pack.verified == [1, 0])
        h.scanCommitted("4006381333931")
        h.scanCommitted("036000291452")
        #expect(h.state.work?.pack.isComplete == true)
        #expect(h.state.status?.text == "All items verified — scan DONE or press F9")
    }

    @Test func extraUnitIsRefusedWithBeepAndNoCountChange() {
        var h = packing()
        h.scanCommitted("036000291452")
        let effects = h.scanCommitted("036000291452")
        #expect(effects.first == .beep)
        #expect(h.state.work?.pack.verified == [0, 1])
        #expect(h.state.status?.text == "Already have 1 of 1 TEE-BLK-M")
    }

    @Test func wrongItemIsRefused() {
        var h = packing()
        let effects = h.scanCommitted("96385074")
        #expect(effects.first == .beep)
        #expect(h.state.work?.pack.unitsVerified == 0)
        #expect(h.state.status?.text == "Not on this order: NOTE-A5 Dot-grid notebook A5")
    }

    @Test func doneBeforeCompleteIsRefused() {
        var h = packing()
        let effects = h.scanCommitted("DONE")
        #expect(effects.contains(.beep))
        #expect(!effects.contains { if case .finish = $0 { return true } else { return false } })
        #expect(h.state.status?.text == "Not complete: 3 unit(s) still to verify")
    }

    @Test func doneWhenCompleteFinishesTheOrder() {
        var h = packing(verified: [1: 2, 2: 1])
        let effects = h.scan("DONE")
        guard case .finish(let order)? = effects.last else {
            Issue.record("DONE did not finish: \(effects)")
            return
        }
        #expect(order.number == "#1003")
        h.send(.orderCompleted(order: "#1003", labelPath: "/spool/label-_1003.zpl"))
        #expect(h.state.work == nil && h.state.screen == .queue)
        #expect(h.state.status?.text == "#1003 packed — label written to /spool/label-_1003.zpl")
    }

    @Test func f9IsDone() {
        var h = packing(verified: [1: 2, 2: 1])
        guard case .finish? = h.key(.function(9)).last else {
            Issue.record("F9 did not finish")
            return
        }
    }

    @Test func undoTakesBackTheLastVerifiedUnit() {
        var h = packing()
        h.scanCommitted("4006381333931")
        h.scanCommitted("036000291452")
        let effects = h.scanCommitted("UNDO")
        guard case .record(let scan, .undo(line: 1))? = effects.first else {
            Issue.record("UNDO not recorded: \(effects)")
            return
        }
        #expect(scan.effect == .unpack(line: 2))
        #expect(h.state.work?.pack.verified == [1, 0])
    }

    @Test func undoWithNothingToUndoBeeps() {
        var h = packing()
        #expect(h.key(.function(6)).contains(.beep))
        #expect(h.state.status?.text == "Nothing to undo")
    }
}

@Suite("Printing at DONE")
struct PrintingReducerTests {
    @Test func aQueuedLabelClosesTheOrderAndSaysWhere() {
        var h = Harness()
        var o = Fixtures.romanian
        o.status = .packing
        h.send(.orderOpened(OrderProgress(order: o, packedByLine: [1: 2, 2: 1], claimedBy: "PACK-01"), resumed: false))
        h.send(.labelQueued(order: "#1003", printer: "zebra-1", tracking: "1Z999AA10123456784"))
        #expect(h.state.work == nil && h.state.screen == .queue)
        #expect(h.state.status?.text == "#1003 packed — label 1Z999AA10123456784 sent to zebra-1")
    }

    @Test func anOfflinePrinterIsAnnouncedOnceAndItsReturnToo() {
        var h = Harness()
        let down = PrintRound(printed: 0, offlinePrinters: ["zebra-1"], waiting: 2)
        #expect(h.send(.printRound(down)) == [.beep])
        #expect(h.state.status?.text == "Printer zebra-1 offline — 2 label(s) queued; they print when it is back")
        #expect(h.send(.printRound(down)) == [], "retries do not beep again")
        h.send(.printRound(PrintRound(printed: 2, offlinePrinters: [], waiting: 0)))
        #expect(h.state.status?.text == "Printer zebra-1 is back: 2 queued label(s) printed")
        #expect(h.state.offlinePrinters.isEmpty)
    }
}

@Suite("REPRINT")
struct ReprintReducerTests {
    @Test func reprintAfterDoneAsksForACopyOfTheLastLabel() {
        var h = Harness()
        h.send(.labelQueued(order: "#1003", printer: "zebra-1", tracking: nil))
        #expect(h.scan("REPRINT").last == .reprint(order: "#1003"))
        h.send(.reprinted(order: "#1003", queued: true))
        #expect(h.state.status?.text == "Reprinting the label of #1003")
    }

    @Test func reprintWithNothingPackedDoesNothingHere() {
        var h = Harness()
        let effects = h.scan("REPRINT")
        #expect(effects.first == .beep)
        #expect(!effects.contains(.reprint(order: "#1003")))
        #expect(h.state.status?.text == "REPRINT does nothing here")
    }
}
