import Testing
import ToteCore
@testable import ToteTUI

@Suite("Queue reducer")
struct QueueReducerTests {
    private func loaded(total: Int = 3) -> Harness {
        var h = Harness()
        let rows = [Fixtures.row(Fixtures.romanian), Fixtures.row(Fixtures.korean), Fixtures.row(Fixtures.swedish)]
        h.send(.queueLoaded(rows: Array(rows.prefix(total)), offset: 0, total: total))
        return h
    }

    @Test func startAsksToResumeAndLoadTheFirstPage() {
        var h = Harness()
        #expect(h.send(.started) == [.resume, .loadQueue(offset: 0, limit: 17)])
    }

    @Test func arrowsMoveTheSelectionWithinTheQueue() {
        var h = loaded()
        h.key(.down)
        h.key(.down)
        h.key(.down)
        #expect(h.state.queue.selected == 2)
        h.key(.up)
        #expect(h.state.queue.selected == 1)
        h.key(.home)
        #expect(h.state.queue.selected == 0)
        h.key(.end)
        #expect(h.state.queue.selected == 2)
    }

    @Test func movingPastTheWindowLoadsTheNextWindowOnly() {
        var h = Harness()
        let rows = (0..<17).map { i in
            QueueRow(number: "#\(2000 + i)", customer: "C\(i)", lineCount: 1, unitCount: 1, service: .standard,
                     shipBy: 0, status: .new, priority: 0, claimedBy: nil)
        }
        h.send(.queueLoaded(rows: rows, offset: 0, total: 100_000))
        #expect(h.key(.end) == [.loadQueue(offset: 100_000 - 17, limit: 17)])
        #expect(h.state.queue.selected == 99_999)
        h.send(.queueLoaded(rows: rows, offset: 100_000 - 17, total: 100_000))
        #expect(h.key(.up) == [])
        #expect(h.key(.pageUp) == [.loadQueue(offset: 99_998 - 17, limit: 17)])
    }

    @Test func enterClaimsTheSelectedOrder() {
        var h = loaded()
        h.key(.down)
        #expect(h.key(.enter) == [.claim(order: "#1007")])
    }

    @Test func loneNKeyIsTheNextHotkey() {
        var h = loaded()
        h.send(.input(.key(.char("n")), atMillis: Fixtures.now + 1))
        #expect(h.state.scanLine.buffer == "n")
        #expect(h.send(.tick(atMillis: Fixtures.now + 40)) == [.claimNext])
        #expect(h.state.scanLine.isEmpty)
    }

    @Test func nFollowedQuicklyByMoreCharactersIsTypedText() {
        var h = loaded()
        h.send(.input(.key(.char("n")), atMillis: Fixtures.now + 1))
        h.send(.input(.key(.char("x")), atMillis: Fixtures.now + 5))
        #expect(h.send(.tick(atMillis: Fixtures.now + 100)) == [])
        #expect(h.state.scanLine.buffer == "nx")
    }

    @Test func nextCommandBarcodeClaimsAndIsLogged() {
        var h = loaded()
        let effects = h.scan("NEXT")
        #expect(effects.count == 2)
        #expect(effects.last == .claimNext)
        guard case .record(let scan, .none) = effects.first else {
            Issue.record("expected the scan to be logged first")
            return
        }
        #expect(scan.raw == "NEXT" && scan.kind == "command" && scan.outcome == "accepted")
    }

    /// With no order held, an item scan asks whether a picked cart order needs it (sort at
    /// the pack station); when none does it is refused with a beep and counts nothing.
    @Test func anItemScanWithNoOrderIsRefusedWithABeepWhenNoCartOrderNeedsIt() {
        var h = loaded()
        #expect(h.scan("4006381333931").last == .sortItem(sku: "MUG-WHT"))
        #expect(h.send(.nothingToSort(sku: "MUG-WHT")) == [.beep])
        #expect(h.state.status?.severity == .error)
        #expect(h.state.status?.text == "No order open; no cart needs MUG-WHT — scan NEXT")
        #expect(h.state.work == nil)
    }

    @Test func claimingOpensThePickScreenInRouteOrder() {
        var h = loaded()
        h.send(.orderOpened(OrderProgress(order: Fixtures.romanian, claimedBy: "PACK-01"), resumed: false))
        #expect(h.state.screen == .pick)
        #expect(h.state.work?.pick.steps.map(\.sku) == ["TEE-BLK-M", "MUG-WHT"])
        #expect(h.state.status?.text == "Claimed #1003 — go to the first bin")
    }

    @Test func nothingToClaimWarns() {
        var h = loaded()
        #expect(h.send(.nothingToClaim) == [.beep])
        #expect(h.state.status?.severity == .warning)
    }

    @Test func f10Quits() {
        var h = loaded()
        #expect(h.key(.function(10)) == [.quit])
    }

    @Test func resizeKeepsStateAndReloadsTheWindow() {
        var h = loaded()
        h.key(.down)
        #expect(h.send(.input(.resized(width: 100, height: 40), atMillis: Fixtures.now)) == [.loadQueue(offset: 0, limit: 33)])
        #expect(h.state.queue.selected == 1)
        #expect(h.state.width == 100)
    }
}

@Suite("Badges and order numbers")
struct BadgeScanTests {
    @Test func aBadgeSignsThePackerInAndLogoutSignsOut() {
        var h = Harness()
        #expect(h.scan("B1042").last == .lookUpBadge("B1042"))
        h.send(.badgeLookedUp(badge: "B1042", .openFloor))
        #expect(h.state.packer == "B1042")
        #expect(h.state.status?.text == "Signed in: B1042")
        let effects = h.scan("LOGOUT")
        guard case .record(let scan, .none)? = effects.first else {
            Issue.record("LOGOUT not logged")
            return
        }
        #expect(scan.packer == "B1042", "the logout is logged under the packer who left")
        #expect(h.state.packer == "")
    }

    @Test func anOrderNumberOnTheQueueClaimsThatOrder() {
        var h = Harness()
        #expect(h.scan("#1007").last == .claim(order: "#1007"))
    }

    @Test func aToteLabelIsRefusedWhereItMeansNothing() {
        var h = Harness()
        let effects = h.scan("T12345")
        #expect(effects.first == .beep)
        #expect(h.state.status?.text == "T12345 is not used on this screen")
    }
}

@Suite("Queue search and filters")
struct QueueSearchTests {
    @Test func slashSearchesByNameAndNarrowingWords() {
        var h = Harness()
        h.send(.input(.key(.char("/")), atMillis: Fixtures.now))
        h.send(.tick(atMillis: Fixtures.now + 50))
        #expect(h.state.queue.searching)
        for ch in "carrier:ups Țurcanu" { h.send(.input(.key(.char(ch)), atMillis: Fixtures.now + 60)) }
        let effects = h.key(.enter)
        guard case .loadQueue(0, 17, let query)? = effects.first else {
            Issue.record("no reload: \(effects)")
            return
        }
        #expect(query.carrier == "UPS" && query.search == "Țurcanu")
        #expect(!h.state.queue.searching && h.state.scanLine.isEmpty)
        // Esc shows every open order again.
        #expect(h.key(.escape) == [.loadQueue(offset: 0, limit: 17, query: QueueQuery())])
    }

    @Test func f4CyclesTheStatusFilters() {
        var h = Harness()
        guard case .loadQueue(_, _, let waiting)? = h.key(.function(4)).first else { return }
        #expect(waiting.statuses == [.new])
        guard case .loadQueue(_, _, let busy)? = h.key(.function(4)).first else { return }
        #expect(busy.statuses == [.picking, .picked, .packing])
        guard case .loadQueue(_, _, let flagged)? = h.key(.function(4)).first else { return }
        #expect(flagged.flaggedOnly)
        guard case .loadQueue(_, _, let open)? = h.key(.function(4)).first else { return }
        #expect(open == QueueQuery())
    }

    @Test func ordersAtRiskAreMarked() {
        var s = Fixtures.state()
        var late = Fixtures.row(Fixtures.korean)
        late.shipBy = Fixtures.now / 1000 + 1_800
        s.queue.rows = [late]
        s.queue.total = 1
        let text = AppView(context: Fixtures.context).render(s).text
        #expect(text.contains("!09:30"))
    }
}
