import Testing
import ToteCore
@testable import ToteTUI

@Suite("Cart pick screen snapshots")
struct CartSnapshotTests {
    private func cart(width: Int, height: Int) -> AppState {
        var h = Harness(state: Fixtures.state(width: width, height: height))
        h.send(.cartOpened(cart: "CART01", [OrderProgress(order: CartReducerTests.first, claimedBy: "PACK-01"),
                                            OrderProgress(order: CartReducerTests.second, claimedBy: "PACK-01")],
                           resumed: false))
        // At the mugs' bin, the first tote served.
        h.scanCommitted("A02-A-03-1")
        h.scanCommitted("4006381333931")
        return h.state
    }

    @Test func cartAtAStopWithItsTotes() {
        assertSnapshot(AppView(context: Fixtures.context).render(cart(width: 80, height: 24)), named: "cart-pick-80x24")
    }

    @Test func cartOnAHandheld() {
        assertSnapshot(AppView(context: Fixtures.context).render(cart(width: 40, height: 16)), named: "cart-pick-compact-40x16")
    }
}
