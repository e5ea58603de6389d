import Testing
import ToteCore
@testable import ToteTUI

/// Issue 11: the station keeps working through a network drop. The reducer keeps the link for
/// the banner, and tells the packer about offline steps the server refused on replay.
@Suite("Offline station")
struct OfflineReducerTests {
    private func picking(_ order: Order = Fixtures.romanian) -> Harness {
        var h = Harness()
        h.send(.orderOpened(OrderProgress(order: order, claimedBy: "PACK-01"), resumed: false))
        #expect(h.state.screen == .pick)
        return h
    }

    private func conflict(_ order: String, _ step: String = "4006381333931", at: Int64 = 1) -> OfflineConflict {
        OfflineConflict(order: order, step: step, reason: "order \(order) is not held by station PACK-01", at: at)
    }

    @Test func theLinkIsKeptAndAnUnchangedLinkChangesNothing() {
        var h = picking()
        let scanSaid = h.state.status
        let offline = StoreLink(online: false, waiting: 3)
        #expect(h.send(.linkChanged(offline)) == [])
        #expect(h.state.link == offline)
        #expect(h.state.status == scanSaid, "the last scan's message stays: the banner says the link")
        let before = h.state
        #expect(h.send(.linkChanged(offline)) == [])
        #expect(h.state == before)
        h.send(.linkChanged(StoreLink()))
        #expect(h.state.link.online && h.state.link.waiting == 0)
        #expect(h.state.screen == .pick && h.state.work?.order.number == "#1003", "the order in hand keeps working")
    }

    @Test func refusedStepsOfTheOrderInHandSendTheStationBackToTheQueue() {
        var h = picking()
        h.scanCommitted("A02-A-03-1")
        let effects = h.send(.offlineConflicts([conflict("#1003"), conflict("#1003", at: 2), conflict("#1003", at: 3)]))
        #expect(effects == [.beep, .loadQueue(offset: 0, limit: 17, query: QueueQuery())])
        #expect(h.state.work == nil)
        #expect(h.state.screen == .queue)
        #expect(h.state.status == StatusMessage(
            "#1003 withdrawn: 3 offline scans uncounted; supervisor has them", .error))
    }

    @Test func refusedStepsOfAnotherOrderAreSaidButTheWorkStays() {
        var h = picking()
        let before = h.state.work
        let effects = h.send(.offlineConflicts([conflict("#0999", "close box")]))
        #expect(effects == [.beep])
        #expect(h.state.work == before)
        #expect(h.state.screen == .pick)
        #expect(h.state.status?.text
                == "#0999 withdrawn: 1 offline scan uncounted; supervisor has it")
    }

    @Test func severalOrdersNameTheOneInHandFirstWithItsOwnCount() {
        var h = picking(Fixtures.korean)
        h.send(.offlineConflicts([conflict("#0998"), conflict("#1007"), conflict("#0999"), conflict("#1007", at: 2),
                                  conflict("#0998", at: 3)]))
        #expect(h.state.status?.text
                == "#1007 (+2 more) withdrawn: 2 offline scans uncounted; supervisor has them")
        #expect(h.state.work == nil && h.state.screen == .queue)
    }

    @Test func withNothingInHandTheFirstOrderIsNamed() {
        var h = Harness()
        #expect(h.send(.offlineConflicts([conflict("#0998"), conflict("#0999"), conflict("#0998", at: 2)])) == [.beep])
        #expect(h.state.status?.text
                == "#0998 (+1 more) withdrawn: 2 offline scans uncounted; supervisor has them")
        #expect(h.send(.offlineConflicts([])) == [], "an empty report says nothing")
    }

    @Test func aCartWithALostOrderIsDropped() {
        var h = Harness()
        h.send(.cartOpened(cart: "CART01", [OrderProgress(order: CartReducerTests.first, claimedBy: "PACK-01"),
                                            OrderProgress(order: CartReducerTests.second, claimedBy: "PACK-01")],
                           resumed: false))
        #expect(h.state.cart != nil)
        let effects = h.send(.offlineConflicts([conflict("#2002")]))
        #expect(effects.first == .beep && effects.count == 2)
        #expect(h.state.cart == nil && h.state.screen == .queue)
    }

    @Test func aClaimRefusedOfflineSaysWhenItCanBeDone() {
        var h = Harness()
        #expect(h.hotkey("n") == [.claimNext])
        let offline = StoreOffline(action: "claim a new order", reason: "connection refused")
        h.send(.failed(.storeOfflineClaim, reason: offline.description))
        h.send(.linkChanged(StoreLink(online: false, waiting: 0)))
        #expect(h.state.status == StatusMessage("Offline: new orders can be claimed when the server is back.", .error))
        #expect(h.state.screen == .queue)
        #expect(!h.state.link.online)
    }

    /// The offline texts read right in every language: a count of one is said in the singular,
    /// and the banner fits a 40-column handheld even with a three-digit count.
    @Test(arguments: Language.allCases)
    func offlineTextsInEveryLanguage(_ language: Language) {
        let s = Strings(language: language)
        let banner = LinkBanner(strings: s)
        for waiting in [0, 1, 3, 999] {
            let text = banner.text(StoreLink(online: false, waiting: waiting)) ?? ""
            #expect(CharWidth.of(" " + text + " ") <= 38, "\(language): \(text)")
            #expect(waiting == 0 || text.contains(String(waiting)) || (waiting == 1 && language == .ro), "\(language): \(text)")
        }
        #expect(banner.text(StoreLink(online: true, waiting: 2)) == nil)
        #expect(s.text(.linkWaitingOne) != s.text(.linkWaiting, ["count": "1"]) || language == .ko)
        #expect(s.text(.offlineConflictOne) != s.text(.offlineConflict, ["count": "1"]) || language == .ko)
        // On 80 columns the status line leaves 63 after " PACK-01 · Ana · ": the messages fit it whole.
        let messages = [s.text(.offlineConflict, ["order": "#1003", "count": "3"]),
                        s.text(.offlineConflictOne, ["order": "#1003"]),
                        s.text(.storeOfflineClaim), s.text(.storeOfflineRelease), s.text(.storeOfflineQueue),
                        s.text(.storeOfflineOther)]
        for text in messages { #expect(CharWidth.of(text) <= 63, "\(language): \(text)") }
    }
}
