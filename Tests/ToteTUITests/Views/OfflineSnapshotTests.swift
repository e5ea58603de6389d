import Testing
import ToteCore
@testable import ToteTUI

/// The banner an offline station shows on every screen ("offline — 3 scans waiting"), in the
/// warning colour, and only while offline: the online snapshots stay as they were.
@Suite("Offline banner snapshots")
struct OfflineSnapshotTests {
    static let waiting3 = StoreLink(online: false, waiting: 3)

    private func packing(_ link: StoreLink, language: Language = .en) -> AppState {
        var state = Fixtures.state()
        state.languageChoice = LanguageChoice(station: language)
        var h = Harness(state: state)
        var o = Fixtures.korean
        o.status = .packing
        h.send(.orderOpened(OrderProgress(order: o, pickedByLine: [1: 1], claimedBy: "PACK-01"), resumed: false))
        h.send(.linkChanged(link))
        return h.state
    }

    private func queue(_ link: StoreLink, language: Language = .en) -> AppState {
        var s = Fixtures.queueState(language)
        s.status = StatusMessage(Strings(language: language).text(.storeOfflineClaim), .error)
        s.link = link
        return s
    }

    private func picking(_ link: StoreLink, width: Int, height: Int, language: Language = .en) -> AppState {
        var h = Fixtures.pickHarness(language, width: width, height: height)
        h.send(.linkChanged(link))
        return h.state
    }

    private func cart(_ link: StoreLink, width: Int, height: Int, language: Language = .en) -> AppState {
        var state = Fixtures.state(width: width, height: height)
        state.languageChoice = LanguageChoice(station: language)
        var h = Harness(state: state)
        h.send(.cartOpened(cart: "CART01", [OrderProgress(order: CartReducerTests.first, claimedBy: "PACK-01"),
                                            OrderProgress(order: CartReducerTests.second, claimedBy: "PACK-01")],
                           resumed: false))
        h.scanCommitted("A02-A-03-1")
        h.send(.linkChanged(link))
        return h.state
    }

    let view = AppView(context: Fixtures.context)

    @Test func packScreenOffline() {
        assertSnapshot(view.render(packing(Self.waiting3)), named: "pack-offline-80x24")
    }

    @Test func queueOfflineReconnecting() {
        assertSnapshot(view.render(queue(StoreLink(online: false, waiting: 0))), named: "queue-offline-80x24")
    }

    @Test func handheldPickOffline() {
        assertSnapshot(view.render(picking(Self.waiting3, width: 40, height: 16)), named: "pick-compact-offline-40x16")
    }

    @Test func handheldCartOfflineInKorean() {
        assertSnapshot(view.render(cart(Self.waiting3, width: 40, height: 16, language: .ko)),
                       named: "cart-pick-compact-offline-ko-40x16")
    }

    /// Every screen and layout, in every language: the banner whole (never cut to "…"), in the
    /// warning colour, no row wider than the screen; and not a trace of it once back online.
    @Test(arguments: Language.allCases)
    func theBannerIsWholeOnEveryScreen(_ language: Language) {
        let banner = LinkBanner(strings: Strings(language: language))
        for link in [Self.waiting3, StoreLink(online: false, waiting: 0), StoreLink(online: false, waiting: 120)] {
            let text = banner.text(link)!
            let screens: [(String, AppState)] = [
                ("queue", queue(link, language: language)), ("pack", packing(link, language: language)),
                ("pick", picking(link, width: 80, height: 24, language: language)),
                ("pick 40x16", picking(link, width: 40, height: 16, language: language)),
                ("cart", cart(link, width: 80, height: 24, language: language)),
                ("cart 40x16", cart(link, width: 40, height: 16, language: language)),
            ]
            for (name, state) in screens {
                let grid = view.render(state)
                let rows = grid.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                guard let y = rows.firstIndex(where: { $0.contains(text) }) else {
                    Issue.record("\(language) \(name): no “\(text)”\n\(grid.text)")
                    continue
                }
                #expect(y <= 1, "\(language) \(name): the banner belongs at the top")
                for row in rows { #expect(CharWidth.of(row) <= state.width, "\(language) \(name): \(row)") }
                let x = CharWidth.of(String(rows[y][..<rows[y].range(of: text)!.lowerBound]))
                let roles = grid.rolesText.split(separator: "\n").map(Array.init)[y]
                #expect(roles[x..<(x + CharWidth.of(text))].allSatisfy { $0 == Role.warning.letter },
                        "\(language) \(name): \(String(roles))")
                var online = state
                online.link = StoreLink()
                let back = view.render(online).text
                #expect(!back.contains(text), "\(language) \(name): the banner is gone online")
            }
        }
    }

    /// Online, each screen draws exactly what it drew before the offline banner existed.
    @Test func onlineScreensAreUnchanged() {
        var queueOnline = queue(StoreLink())
        queueOnline.status = StatusMessage("Demo warehouse loaded: 150 SKUs, 40 orders", .ok)
        assertSnapshot(view.render(queueOnline), named: "queue-80x24")
        var pack = packing(StoreLink())
        pack.scanLine = ScanLine()
        let online = view.render(pack).text
        #expect(online.hasPrefix(" Tote · Pack #1007                                                          0/1\n"))
    }
}
