import Testing
@testable import ToteCore

@Suite("Cart walk (cluster picking)")
struct CartWalkTests {
    typealias F = CoreFixtures

    static func order(_ number: String, _ lines: [(String, Int)], shipBy: Int64 = 0) -> Order {
        var o = F.order(lines)
        o.number = number
        o.shipBy = shipBy
        return o
    }

    @Test func oneWalkServesEveryToteAtEachBin() {
        let a = Self.order("#1", [("MUG", 2), ("TEE", 1)])
        let b = Self.order("#2", [("MUG", 1), ("NOTE", 1)])
        let walk = CartWalk(cart: "CART01", orders: [a, b], catalog: F.catalog, layout: F.layout)
        #expect(walk.orders == ["#1", "#2"])
        #expect(walk.pick.unitsTotal == 5)
        // Each bin appears as one stretch of the walk: its puts follow each other, tote 1 first.
        let bins = walk.pick.steps.map(\.bin.code)
        var seen: [String] = []
        for bin in bins where seen.last != bin { #expect(!seen.contains(bin), "bin \(bin) visited twice"); seen.append(bin) }
        let mugs = walk.pick.steps.indices.filter { walk.pick.steps[$0].sku == "MUG" }
        #expect(mugs.map { walk.owners[$0].tote } == [1, 2])
        #expect(mugs.map { walk.pick.steps[$0].quantity } == [2, 1])
    }

    @Test func unitsGoToTheFirstToteStillShortAtTheConfirmedBin() {
        let a = Self.order("#1", [("MUG", 1)])
        let b = Self.order("#2", [("MUG", 1)])
        var walk = CartWalk(cart: "CART01", orders: [a, b], catalog: F.catalog, layout: F.layout)
        let bin = BinLocation(code: "A02-A-03-1")!
        walk.pick.commit(walk.pick.evaluate(.bin(bin))!)
        guard case .picked(let first)? = walk.pick.evaluate(.item(sku: "MUG")) else { Issue.record("no put"); return }
        #expect(walk.owners[first].tote == 1)
        walk.pick.commit(.picked(step: first))
        guard case .picked(let second)? = walk.pick.evaluate(.item(sku: "MUG")) else { Issue.record("no put"); return }
        #expect(walk.owners[second].tote == 2)
        walk.pick.commit(.picked(step: second))
        #expect(walk.pick.isComplete)
        #expect(walk.pickedByOrder == ["#1": [1: 1], "#2": [1: 1]])
        #expect(walk.pick.evaluate(.item(sku: "MUG")) == .alreadyPicked(sku: "MUG", have: 2, of: 2))
    }

    @Test func aResumedCartKeepsItsCounts() {
        let a = Self.order("#1", [("MUG", 2), ("TEE", 1)])
        let walk = CartWalk(cart: "CART01", orders: [a], catalog: F.catalog, layout: F.layout, pickedByOrder: ["#1": [1: 2]])
        #expect(walk.pick.unitsPicked == 2)
        #expect(walk.pick.currentStep.map { walk.pick.steps[$0].sku } == "TEE")
    }

    @Test func theMostUrgentOrdersGoOnTheCart() {
        let late = Self.order("#3", [("NOTE", 1)], shipBy: 90_000)
        let soon = Self.order("#1", [("MUG", 1)], shipBy: 3_600)
        let alsoSoon = Self.order("#2", [("MUG", 1)], shipBy: 3_600)
        let chosen = CartWalk.choose(from: [late, soon, alsoSoon], totes: 2, catalog: F.catalog, layout: F.layout)
        #expect(chosen.map(\.number) == ["#1", "#2"])
    }
}
