import Testing
import ToteCore
import ToteStore

/// Carts: several orders claimed at once, found again after a restart, closed to packing, and
/// sorted to a pack station by an item scan.
@Suite struct FloorStoreCartsTests {
    let folder: TemporaryFolder
    let store: FloorStore

    init() throws {
        folder = try TemporaryFolder()
        store = try Fixtures.store(in: folder, orders: [Fixtures.order("#1", units: [1]), Fixtures.order("#2", units: [1, 1]),
                                                        Fixtures.order("#3", units: [1])])
    }

    @Test func aCartClaimsItsOrdersOnceAndSkipsTakenOnes() throws {
        _ = try store.claim(number: "#2", station: "S2", now: Fixtures.now)
        let claimed = try store.claimCart("CART01", orders: ["#1", "#2", "#3"], station: "S1", actor: "S1", now: Fixtures.now)
        #expect(claimed.map(\.order.number) == ["#1", "#3"])
        let active = try #require(try store.activeCart(station: "S1"))
        #expect(active.cart == "CART01" && active.orders.map(\.order.number) == ["#1", "#3"])
        #expect(try store.activeOrder(station: "S1") == nil, "a cart is not a single held order")
        #expect(try store.claimCart("CART02", orders: ["#1"], station: "S3", actor: "S3", now: Fixtures.now).isEmpty)
    }

    @Test func closingACartSendsItsOrdersToPackingAndSortingFindsThem() throws {
        _ = try store.claimCart("CART01", orders: ["#1", "#3"], station: "S1", actor: "S1", now: Fixtures.now)
        for number in ["#1", "#3"] {
            #expect(try store.record(Fixtures.scan(.pick(line: 1), order: number)))
        }
        #expect(try store.closeCart("CART01", station: "S1", actor: "S1", now: Fixtures.now) == 2)
        #expect(try store.activeCart(station: "S1") == nil)
        #expect(try store.status(of: "#3") == .picked)
        let sku = try #require(try store.order(number: "#3")?.order.lines.first?.sku)
        let found = try #require(try store.sortItem(sku: sku, station: "P1", actor: "P1", now: Fixtures.now))
        #expect(found.cart == "CART01")
        #expect(try store.activeOrder(station: "P1")?.order.number == found.0.order.number)
        // Held by P1 now: another pack station scanning the same item finds the next order, or none.
        let again = try store.sortItem(sku: sku, station: "P2", actor: "P2", now: Fixtures.now)
        #expect(again?.0.order.number != found.0.order.number)
    }

    /// A cart order released mid-walk (station died) leaves the cart, so a single claim later
    /// finds it as an ordinary held order.
    @Test func aReleasedCartOrderLeavesItsCart() throws {
        _ = try store.claimCart("CART01", orders: ["#1", "#3"], station: "S1", actor: "S1", now: Fixtures.now)
        #expect(try store.record(Fixtures.scan(.pick(line: 1), order: "#2")) == false, "not on S1's cart")
        try store.release(number: "#1", station: "S1", now: Fixtures.now)
        #expect(try store.activeCart(station: "S1")?.orders.map(\.order.number) == ["#3"])
        let claimed = try #require(try store.claim(number: "#1", station: "S2", now: Fixtures.now))
        #expect(claimed.order.number == "#1")
        #expect(try store.activeOrder(station: "S2")?.order.number == "#1")
    }
}
