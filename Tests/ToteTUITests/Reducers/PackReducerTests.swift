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

    @Test func eachUnitMustBeScannedAndTheLastOneClosesTheBox() {
        var h = packing()
        h.scanCommitted("4006381333931")
        #expect(h.state.work?.pack.counts == [1, 0])
        h.scanCommitted("4006381333931")
        let last = h.scanCommitted("036000291452")
        #expect(h.state.work?.pack.isComplete == true)
        guard case .finish(let out)? = last.last else {
            Issue.record("the last scan did not close the box: \(last)")
            return
        }
        #expect(out.order.number == "#1003" && out.boxes.count == 1)
        #expect(h.state.status?.text == "#1003: every check done — printing the label")
    }

    @Test func extraUnitIsRefusedWithBeepAndNoCountChange() {
        var h = packing()
        h.scanCommitted("036000291452")
        let effects = h.scanCommitted("036000291452")
        #expect(effects.first == .beep)
        #expect(h.state.work?.pack.counts == [0, 1])
        #expect(h.state.status?.text == "Already have 1 of 1 Organic tee, black, M")
    }

    @Test func wrongItemIsRefused() {
        var h = packing()
        let effects = h.scanCommitted("96385074")
        #expect(effects.first == .beep)
        #expect(h.state.work?.lineUnits.have == 0)
        #expect(h.state.status?.text == "Not on this order: NOTE-A5 Dot-grid notebook A5")
    }

    @Test func doneBeforeCompleteIsRefused() {
        var h = packing()
        let effects = h.scanCommitted("DONE")
        #expect(effects.contains(.beep))
        #expect(!effects.contains { if case .finish = $0 { return true } else { return false } })
        #expect(h.state.status?.text == "Not complete: 2 open — next: Stoneware mug, white")
    }

    @Test func aResumedCompleteBoxClosesAtOnceAndARepeatedDoneAddsNothing() {
        var h = Harness()
        var o = Fixtures.romanian
        o.status = .packing
        let effects = h.send(.orderOpened(OrderProgress(order: o, packedByLine: [1: 2, 2: 1], claimedBy: "PACK-01"),
                                          resumed: true))
        guard case .finish? = effects.last else {
            Issue.record("a complete box did not close on resume: \(effects)")
            return
        }
        #expect(!h.scan("DONE").contains { if case .finish = $0 { true } else { false } })
        // A failed close may be retried with DONE.
        h.send(.failed(.labelError, reason: "disk full"))
        #expect(h.key(.function(9)).contains { if case .finish = $0 { true } else { false } })
        h.send(.orderCompleted(order: "#1003", labelPath: "/spool/label-_1003.zpl"))
        #expect(h.state.work == nil && h.state.screen == .queue)
        #expect(h.state.status?.text == "#1003 packed — label written to /spool/label-_1003.zpl")
    }

    @Test func undoTakesBackTheLastVerifiedUnit() {
        var h = packing()
        h.scanCommitted("4006381333931")
        h.scanCommitted("036000291452")
        let effects = h.scanCommitted("UNDO")
        guard case .record(let scan, .packUndo)? = effects.first else {
            Issue.record("UNDO not recorded: \(effects)")
            return
        }
        #expect(scan.effect == .unpack(line: 2))
        #expect(h.state.work?.pack.counts == [1, 0])
        #expect(h.state.status?.text == "Took back one Organic tee, black, M")
    }

    @Test func undoWithNothingToUndoBeeps() {
        var h = packing()
        #expect(h.key(.function(6)).contains(.beep))
        #expect(h.state.status?.text == "Nothing to undo")
    }

    @Test func aStoreRefusalCountsNothing() {
        var h = packing()
        let effects = h.scan("4006381333931")
        guard case .record(_, let ack)? = effects.first else {
            Issue.record("no record: \(effects)")
            return
        }
        h.send(.scanRecorded(ack, accepted: false))
        #expect(h.state.work?.pack.counts == [0, 0])
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
