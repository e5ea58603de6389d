import Testing
@testable import ToteCore

@Suite("Pick list")
struct PickListTests {
    private func list(_ lines: [(String, Int)]) -> PickList {
        PickList(order: CoreFixtures.order(lines), catalog: CoreFixtures.catalog, layout: CoreFixtures.layout,
                 router: LocationSequenceRouter())
    }

    @Test func sortsByLocationSequenceInAnSShape() {
        // Aisle 1 is walked up (bay ascending), aisle 2 down (bay descending), aisle 3 up.
        let pick = list([("NOTE", 1), ("CANDLE", 1), ("MUG", 1), ("TEE", 1)])
        #expect(pick.steps.map(\.sku) == ["TEE", "MUG", "CANDLE", "NOTE"])
    }

    @Test func routerReturnsEveryStepOnce() {
        let steps = CoreFixtures.layout.allBins.enumerated().map { i, bin in
            PickStep(lineNumber: i, sku: "S\(i)", name: "", bin: bin, quantity: 1)
        }.reversed()
        let routed = LocationSequenceRouter().route(Array(steps), in: CoreFixtures.layout)
        #expect(routed.count == steps.count)
        #expect(Set(routed.map(\.lineNumber)) == Set(steps.map(\.lineNumber)))
    }

    @Test func linesWithUnknownSKUsAreLeftOutOfTheWalk() {
        #expect(list([("MUG", 1), ("GHOST", 1)]).steps.map(\.sku) == ["MUG"])
    }

    @Test func binThenItemCountsUp() {
        var pick = list([("MUG", 2)])
        let bin = BinLocation(code: "A02-A-03-1")!
        #expect(pick.evaluate(.item(sku: "MUG")) == .scanBinFirst(expected: bin))
        let confirm = pick.evaluate(.bin(bin))!
        #expect(confirm == .binConfirmed(bin))
        pick.commit(confirm)
        for _ in 0..<2 { pick.commit(pick.evaluate(.item(sku: "MUG"))!) }
        #expect(pick.isComplete)
        #expect(pick.evaluate(.item(sku: "MUG")) == .alreadyPicked(sku: "MUG", have: 2, of: 2))
        #expect(pick.evaluate(.bin(bin)) == .binDone(bin))
    }

    @Test func refusalsChangeNothing() {
        var pick = list([("MUG", 1), ("TEE", 1)])
        let before = pick
        for scan in [ScanKind.item(sku: "NOTE"), .bin(BinLocation(code: "A04-A-01-1")!), .item(sku: "MUG")] {
            let outcome = pick.evaluate(scan)!
            pick.commit(outcome)
        }
        #expect(pick == before)
        pick.commit(pick.evaluate(.bin(BinLocation(code: "A01-B-05-2")!))!)
        #expect(pick.evaluate(.item(sku: "MUG")) == .notInThisBin(sku: "MUG", bin: BinLocation(code: "A01-B-05-2")!))
    }

    @Test func restoreClampsToTheQuantities() {
        var pick = list([("MUG", 2), ("TEE", 1)])
        pick.restore(pickedByLine: [1: 5, 2: -3])
        #expect(pick.pickedByLine == [1: 2, 2: 0])
    }
}
