import Testing
import ToteCore
@testable import ToteTUI

@Suite("Pick reducer")
struct PickReducerTests {
    private func picking(_ order: Order = Fixtures.romanian, picked: [Int: Int] = [:]) -> Harness {
        var h = Harness()
        var o = order
        o.status = .picking
        h.send(.orderOpened(OrderProgress(order: o, pickedByLine: picked, claimedBy: "PACK-01"), resumed: false))
        return h
    }

    @Test func binThenItemCountsOnlyAfterTheStoreCommits() {
        var h = picking()
        let binEffects = h.scan("A01-B-05-2")
        guard case .record(let binScan, let binAck)? = binEffects.first else {
            Issue.record("bin scan not recorded")
            return
        }
        #expect(binScan.effect == nil && binScan.kind == "bin")
        h.send(.scanRecorded(binAck, accepted: true))
        #expect(h.state.work?.pick.confirmedBin == BinLocation(code: "A01-B-05-2"))

        let itemEffects = h.scan("036000291452")
        guard case .record(let itemScan, let itemAck)? = itemEffects.first else {
            Issue.record("item scan not recorded")
            return
        }
        #expect(itemScan.effect == .pick(line: 2))
        #expect(h.state.work?.pick.unitsPicked == 0, "no count before the commit")
        h.send(.scanRecorded(itemAck, accepted: true))
        #expect(h.state.work?.pick.unitsPicked == 1)
    }

    @Test func itemBeforeBinIsRefusedAndCountsNothing() {
        var h = picking()
        let effects = h.scanCommitted("036000291452")
        #expect(effects.contains(.beep))
        #expect(h.state.work?.pick.unitsPicked == 0)
        #expect(h.state.status?.text == "Scan the bin label first: A01-B-05-2")
    }

    @Test func wrongBinIsRefused() {
        var h = picking()
        h.scanCommitted("A04-A-01-1")
        #expect(h.state.status?.text == "Wrong bin: A04-A-01-1 is not on this pick list")
        #expect(h.state.work?.pick.confirmedBin == nil)
    }

    @Test func itemFromTheWrongBinIsRefused() {
        var h = picking()
        h.scanCommitted("A01-B-05-2")
        h.scanCommitted("4006381333931")
        #expect(h.state.status?.text == "MUG-WHT is not picked from A01-B-05-2")
        #expect(h.state.work?.pick.unitsPicked == 0)
    }

    @Test func overPickIsRefused() {
        var h = picking()
        h.scanCommitted("A01-B-05-2")
        h.scanCommitted("036000291452")
        let effects = h.scanCommitted("036000291452")
        #expect(effects.contains(.beep))
        #expect(h.state.work?.pick.unitsPicked == 1)
        #expect(h.state.status?.text == "Already have 1 of 1 TEE-BLK-M")
    }

    @Test func itemNotOnOrderIsRefusedByName() {
        var h = picking()
        h.scanCommitted("A01-B-05-2")
        h.scanCommitted("5901234123457")
        #expect(h.state.status?.text == "Not on this order: CNDL-FIG Fig candle 200 g")
    }

    @Test func badCheckDigitIsRefusedAndLogged() {
        var h = picking()
        let effects = h.scan("4006381333932")
        #expect(h.state.status?.text == "Check digit wrong: 4006381333932 — rescan")
        guard case .record(let scan, .none)? = effects.last else {
            Issue.record("refusal not logged")
            return
        }
        #expect(scan.outcome == "bad_check_digit" && scan.effect == nil)
    }

    @Test func storeRefusalChangesNoCount() {
        var h = picking()
        h.scanCommitted("A01-B-05-2")
        let effects = h.scan("036000291452")
        guard case .record(_, let ack)? = effects.first else { return }
        #expect(h.send(.scanRecorded(ack, accepted: false)) == [.beep])
        #expect(h.state.work?.pick.unitsPicked == 0)
    }

    @Test func lastPickMovesTheOrderToPacking() {
        var h = picking()
        h.scanCommitted("A01-B-05-2")
        h.scanCommitted("036000291452")
        h.scanCommitted("A02-A-03-1")
        h.scanCommitted("4006381333931")
        let effects = h.scanCommitted("4006381333931")
        #expect(effects.last == .move(order: "#1003", from: .picking, to: .picked))
        // The whole walk (24.4 m, see PickDistanceTests) is recorded for the supervisor's metrics.
        guard case .recordPickDistance("#1003", let metres)? = effects.dropLast().last else {
            Issue.record("no walk recorded: \(effects)")
            return
        }
        #expect(abs(metres - 24.4) < 1e-9)
        #expect(h.send(.statusMoved(order: "#1003", to: .picked)) == [.move(order: "#1003", from: .picked, to: .packing)])
        h.send(.statusMoved(order: "#1003", to: .packing))
        #expect(h.state.screen == .pack)
    }

    @Test func resumeRestoresCounts() {
        var h = Harness()
        var o = Fixtures.romanian
        o.status = .picking
        h.send(.orderOpened(OrderProgress(order: o, pickedByLine: [1: 1, 2: 1], claimedBy: "PACK-01"), resumed: true))
        #expect(h.state.work?.pick.unitsPicked == 2)
        #expect(h.state.status?.text == "Resumed #1003 where it was")
    }

    @Test func escapeGoesBackToTheQueueKeepingTheOrder() {
        var h = picking()
        h.key(.escape)
        #expect(h.state.screen == .queue)
        #expect(h.state.work != nil)
        h.key(.char("n"))
        h.send(.tick(atMillis: h.state.nowMillis + 50))
        #expect(h.state.screen == .pick)
    }

    @Test func f8ReleasesTheOrder() {
        var h = picking()
        #expect(h.key(.function(8)) == [.release(order: "#1003")])
        h.send(.released(order: "#1003"))
        #expect(h.state.work == nil && h.state.screen == .queue)
    }

    @Test func backspaceAndEscapeEditTheScanLine() {
        var h = picking()
        for ch in "A01X" { h.send(.input(.key(.char(ch)), atMillis: Fixtures.now)) }
        h.key(.backspace)
        #expect(h.state.scanLine.buffer == "A01")
        h.key(.escape)
        #expect(h.state.scanLine.isEmpty)
        #expect(h.state.screen == .pick, "Esc with text only clears the line")
    }
}

@Suite("Pick skip")
struct PickSkipTests {
    @Test func skipMovesTheCurrentStopToTheEnd() {
        var h = Harness()
        var o = Fixtures.romanian
        o.status = .picking
        h.send(.orderOpened(OrderProgress(order: o, claimedBy: "PACK-01"), resumed: false))
        #expect(h.state.work?.pick.steps.map(\.sku) == ["TEE-BLK-M", "MUG-WHT"])
        let effects = h.scan("SKIP")
        #expect(h.state.work?.pick.steps.map(\.sku) == ["MUG-WHT", "TEE-BLK-M"])
        #expect(h.state.status?.text == "Skipped A01-B-05-2: it is now the last stop")
        guard case .record(let scan, .none)? = effects.first else {
            Issue.record("SKIP not logged")
            return
        }
        #expect(scan.kind == "command")
        h.key(.function(7))
        #expect(h.state.work?.pick.steps.map(\.sku) == ["TEE-BLK-M", "MUG-WHT"])
    }
}

@Suite("Orders changed in the shop")
struct ShopFlagTests {
    private func picking(flags: OrderFlags = OrderFlags()) -> (Harness, [AppEffect]) {
        var h = Harness()
        var o = Fixtures.romanian
        o.status = .picking
        let effects = h.send(.orderOpened(OrderProgress(order: o, claimedBy: "PACK-01", flags: flags), resumed: false))
        return (h, effects)
    }

    @Test func aCancellationStopsTheWorkAndClosesTheOrder() {
        var (h, _) = picking()
        let effects = h.send(.flagsSeen(order: "#1003", OrderFlags(cancelRequestedAt: 5)))
        #expect(effects == [.beep, .move(order: "#1003", from: .picking, to: .cancelled)])
        #expect(h.state.status?.text == "#1003 was CANCELLED in the shop — stop and put its items back")
        h.send(.statusMoved(order: "#1003", to: .cancelled))
        #expect(h.state.work == nil && h.state.screen == .queue)
    }

    @Test func aChangeIsShownOnceAndNotApplied() {
        var (h, _) = picking()
        let changed = OrderFlags(changedWhileClaimedAt: 5)
        #expect(h.send(.flagsSeen(order: "#1003", changed)) == [.beep])
        #expect(h.send(.flagsSeen(order: "#1003", changed)) == [], "the same flags are not announced twice")
        #expect(h.state.work?.order.lines.count == 2)
        let screen = AppView(context: Fixtures.context).render(h.state).text
        #expect(screen.contains("⚠ changed in shop"))
    }

    @Test func aCancelledOrderIsStoppedWhenItIsResumed() {
        let (h, effects) = picking(flags: OrderFlags(cancelRequestedAt: 5))
        #expect(effects.contains(.move(order: "#1003", from: .picking, to: .cancelled)))
        #expect(h.state.status?.severity == .error)
    }
}
