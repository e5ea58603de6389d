import Testing
import ToteCore
@testable import ToteTUI

/// Cluster picking at the station: a cart label claims several orders, one walk serves them
/// all and says which tote gets each unit, and the pack station sorts items back to orders.
@Suite("Cart picking reducer")
struct CartReducerTests {
    static func order(_ number: String, _ lines: [(String, Int)]) -> Order {
        var o = Fixtures.korean
        o.number = number
        o.lines = lines.enumerated().map { i, l in
            OrderLine(lineNumber: i + 1, sku: l.0, name: Fixtures.catalog.sku(code: l.0)!.name, quantity: l.1)
        }
        return o
    }

    static let first = order("#2001", [("MUG-WHT", 1), ("TEE-BLK-M", 1)])
    static let second = order("#2002", [("MUG-WHT", 2)])

    private func onCart() -> Harness {
        var h = Harness()
        h.send(.cartOpened(cart: "CART01", [OrderProgress(order: Self.first, claimedBy: "PACK-01"),
                                            OrderProgress(order: Self.second, claimedBy: "PACK-01")], resumed: false))
        return h
    }

    @Test func aCartLabelOnTheQueueAsksForCandidatesThenClaimsTheChosen() {
        var h = Harness()
        #expect(h.scan("CART01").last == .loadCartCandidates(cart: "CART01"))
        let effects = h.send(.cartCandidates(cart: "CART01", [Self.second, Self.first]))
        guard case .claimCart(let cart, let orders)? = effects.last else {
            Issue.record("no claim: \(effects)")
            return
        }
        #expect(cart == "CART01" && Set(orders) == ["#2001", "#2002"])
        #expect(h.send(.cartCandidates(cart: "CART02", [])) == [.beep])
        #expect(h.state.status?.text == "No open order for cart CART02")
    }

    @Test func eachUnitGoesToItsToteAndTheLastClosesTheCart() {
        var h = onCart()
        #expect(h.state.screen == .pick)
        #expect(h.state.status?.text == "Cart CART01: 2 orders — go to the first bin")
        let walk = h.state.cart!.pick
        // Walk the route as the screen says: bin, then each unit.
        var last: [AppEffect] = []
        var puts: [String] = []
        while let step = h.state.cart?.pick.currentStep {
            let s = h.state.cart!.pick.steps[step]
            if h.state.cart!.pick.confirmedBin != s.bin { h.scanCommitted(s.bin.code) }
            let barcode = Fixtures.catalog.sku(code: s.sku)!.barcodes[0]
            last = h.scanCommitted(barcode)
            guard case .record(let scan, .cart(.picked))? = last.first else {
                Issue.record("unit not recorded: \(last)")
                return
            }
            #expect(scan.orderNumber == h.state.cart?.owners[step].order)
            #expect(scan.effect == .pick(line: s.lineNumber))
            puts.append(h.state.status?.text ?? "")
            if last.contains(.closeCart(cart: "CART01")) { break }
        }
        #expect(walk.unitsTotal == 4 && puts.count == 4)
        #expect(puts.contains { $0.hasPrefix("Put in tote 2 (#2002): MUG-WHT") })
        #expect(last.last == .closeCart(cart: "CART01"))
        h.send(.cartClosed(cart: "CART01", orders: 2))
        #expect(h.state.cart == nil && h.state.screen == .queue)
        #expect(h.state.status?.text == "Cart CART01 picked: 2 orders — take it to packing")
    }

    @Test func wrongScansOnACartCountNothing() {
        var h = onCart()
        let first = h.state.cart!.pick.steps[h.state.cart!.pick.currentStep!]
        #expect(h.scanCommitted(Fixtures.catalog.sku(code: first.sku)!.barcodes[0]).first == .beep, "bin first")
        #expect(h.scanCommitted("SKIP").first == .beep, "a cart has no SKIP")
        #expect(h.state.cart?.pick.unitsPicked == 0)
    }

    @Test func anItemScannedOnAnIdlePackStationFindsItsOrder() {
        var h = Harness()
        #expect(h.scan("4006381333931").last == .sortItem(sku: "MUG-WHT"))
        var picked = Self.second
        picked.status = .picked
        let effects = h.send(.sorted(OrderProgress(order: picked, pickedByLine: [1: 2], claimedBy: "PACK-01"),
                                     cart: "CART01", tote: 2))
        #expect(effects.contains(.move(order: "#2002", from: .picked, to: .packing)))
        #expect(h.state.status?.text == "Tote 2 of CART01: #2002 — scan its items into the box")
        var idle = Harness()
        #expect(idle.send(.nothingToSort(sku: "MUG-WHT")) == [.beep])
    }
}
