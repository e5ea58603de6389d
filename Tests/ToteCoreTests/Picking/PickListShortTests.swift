import Testing
@testable import ToteCore

@Suite("Pick list: short picks")
struct PickListShortTests {
    private let a = BinLocation(code: "A01-A-01-1")!
    private let b = BinLocation(code: "A02-A-01-1")!

    private func list() -> PickList {
        PickList(steps: [PickStep(lineNumber: 1, sku: "X", name: "x", bin: a, quantity: 5),
                         PickStep(lineNumber: 2, sku: "Y", name: "y", bin: b, quantity: 2)],
                 picked: [1, 0])
    }

    @Test func stillNeededIsOrderedMinusPicked() {
        #expect(list().stillNeeded(step: 0) == 4)
        #expect(list().stillNeeded(step: 1) == 2)
        #expect(list().stillNeeded(step: 7) == 0)
    }

    @Test func shortenCountsTheFoundUnitsAndClosesTheStep() {
        var l = list()
        l.commit(.binConfirmed(a))
        l.shorten(step: 0, found: 2)
        #expect(l.steps[0].quantity == 3)
        #expect(l.picked == [3, 0])
        #expect(l.currentStep == 1)
        #expect(l.confirmedBin == a)
        #expect(l.unitsTotal == 5)
    }

    @Test func aStepLeftWithNothingLeavesTheWalk() {
        var l = PickList(steps: list().steps, picked: [0, 0])
        l.shorten(step: 0, found: 0)
        #expect(l.steps.map(\.lineNumber) == [2])
        #expect(l.picked == [0])
    }

    @Test func foundIsClampedToWhatWasStillNeeded() {
        var l = list()
        l.shorten(step: 1, found: 9)
        #expect(l.steps[1].quantity == 2 && l.picked[1] == 2)
        l.shorten(step: 0, found: -3)
        #expect(l.steps[0].quantity == 1 && l.picked[0] == 1)
    }
}
