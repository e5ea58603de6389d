import Testing
import ToteCore
@testable import ToteTUI

@Suite("Screen snapshots")
struct ScreenSnapshotTests {
    let view = AppView(context: Fixtures.context)

    private func queueState(width: Int = 80, height: Int = 24) -> AppState {
        var s = Fixtures.state(width: width, height: height)
        s.queue.rows = [Fixtures.row(Fixtures.romanian, claimedBy: "PACK-02", status: .picking),
                        Fixtures.row(Fixtures.korean), Fixtures.row(Fixtures.swedish)]
        s.queue.total = 3
        s.queue.statusCounts = [.new: 2, .picking: 1, .packed: 7]
        s.queue.selected = 1
        s.status = StatusMessage("Demo warehouse loaded: 150 SKUs, 40 orders", .ok)
        return s
    }

    @Test func queueWithKoreanAndRomanianNames() {
        assertSnapshot(view.render(queueState()), named: "queue-80x24")
    }

    @Test func queueColumnsStayAlignedWithWideCharacters() {
        let lines = view.render(queueState()).text.split(separator: "\n").map(String.init)
        // The service column starts at the same display column on every order row, whatever
        // the width of the customer's script.
        let columns = lines[2...4].map { row -> Int in
            let service = ["express", "standard", "overnight"].compactMap { row.range(of: $0) }.first!
            return CharWidth.of(row[..<service.lowerBound])
        }
        #expect(columns == [41, 41, 41])
        #expect(lines[2].contains(" P1 "), "priority shown")
    }

    @Test func emptyQueue() {
        var s = Fixtures.state()
        s.queue.total = 0
        assertSnapshot(view.render(s), named: "queue-empty-80x24")
    }

    @Test func pickScreenMidWalk() {
        var h = Harness()
        var o = Fixtures.romanian
        o.status = .picking
        h.send(.orderOpened(OrderProgress(order: o, pickedByLine: [2: 1], claimedBy: "PACK-01"), resumed: true))
        h.scanCommitted("A02-A-03-1")
        h.scanCommitted("4006381333931")
        for ch in "40063" { h.send(.input(.key(.char(ch)), atMillis: h.state.nowMillis)) }
        assertSnapshot(view.render(h.state), named: "pick-80x24")
    }

    @Test func packScreenWithKoreanCustomer() {
        var h = Harness()
        var o = Fixtures.korean
        o.status = .packing
        h.send(.orderOpened(OrderProgress(order: o, pickedByLine: [1: 1], claimedBy: "PACK-01"), resumed: false))
        h.scanCommitted("96385074")
        assertSnapshot(view.render(h.state), named: "pack-80x24")
    }

    /// The checklist a rule-heavy gift order makes: instruction on top, the gift message, an
    /// insert, a material, the gift card, the carton, the service and the weight line.
    @Test func packChecklistWithInsertGiftNoteAndInstruction() throws {
        var context = try PackChecklistReducerTests.context()
        context.carriers = try CarrierConfig.parse(PackChecklistReducerTests.carriers, file: "carriers.toml")
        var h = Harness(context: context)
        var o = Fixtures.romanian
        o.status = .packing
        o.isGift = true
        o.giftMessage = "La mulți ani, Ștefan!"
        h.send(.orderOpened(OrderProgress(order: o, pickedByLine: [1: 2, 2: 1], claimedBy: "PACK-01"), resumed: false))
        h.scanCommitted("4006381333931")
        h.scanCommitted("2000000001012")
        let view = AppView(context: h.reducer.context)
        assertSnapshot(view.render(h.state), named: "pack-checklist-80x24")
    }

    @Test func tooSmallShowsANotice() {
        assertSnapshot(view.render(queueState(width: 60, height: 20)), named: "too-small-60x20")
    }

    @Test func neverCrashesAtAnySize() {
        for w in 0...90 {
            for h in [0, 1, 2, 5, 23, 24, 30] {
                let grid = view.render(queueState(width: w, height: h))
                #expect(grid.width == w && grid.height == h)
            }
        }
        var s = queueState(width: 20, height: 5)
        s.screen = .pick
        _ = view.render(s)
    }
}

@Suite("Compact pick screen")
struct CompactPickSnapshotTests {
    let view = AppView(context: Fixtures.context)

    private func picking(width: Int, height: Int) -> AppState {
        var h = Harness(state: Fixtures.state(width: width, height: height))
        var o = Fixtures.romanian
        o.status = .picking
        h.send(.orderOpened(OrderProgress(order: o, pickedByLine: [2: 1], claimedBy: "PACK-01"), resumed: true))
        h.scanCommitted("A02-A-03-1")
        return h.state
    }

    @Test func handheldLayoutAt40x16() {
        assertSnapshot(view.render(picking(width: 40, height: 16)), named: "pick-compact-40x16")
    }

    @Test func belowTheHandheldSizeAsksForMore() {
        let text = view.render(picking(width: 39, height: 16)).text
        #expect(text.contains("need 40x16"))
    }

    @Test func queueStillNeedsTheDesignSize() {
        var s = Fixtures.state(width: 40, height: 16)
        s.queue.total = 0
        #expect(view.render(s).text.contains("need 80x24"))
    }
}
