import Testing
@testable import ToteCore

@Suite("Pack checklist")
struct PackChecklistTests {
    @Test func everyUnitMustBeVerified() {
        var check = PackChecklist(order: CoreFixtures.order([("MUG", 2), ("TEE", 1)]))
        check.commit(check.evaluate(sku: "MUG"))
        #expect(!check.isComplete)
        check.commit(check.evaluate(sku: "MUG"))
        check.commit(check.evaluate(sku: "TEE"))
        #expect(check.isComplete)
        #expect(check.unitsVerified == 3)
    }

    @Test func wrongItemAndExtraUnitChangeNoCount() {
        var check = PackChecklist(order: CoreFixtures.order([("TEE", 1)]))
        check.commit(check.evaluate(sku: "TEE"))
        let before = check
        #expect(check.evaluate(sku: "MUG") == .notOnOrder(sku: "MUG"))
        #expect(check.evaluate(sku: "TEE") == .overScan(sku: "TEE", have: 1, of: 1))
        check.commit(check.evaluate(sku: "MUG"))
        check.commit(check.evaluate(sku: "TEE"))
        #expect(check == before)
    }

    @Test func sameSKUOnTwoLinesFillsThemInOrder() {
        var check = PackChecklist(order: CoreFixtures.order([("MUG", 1), ("MUG", 1)]))
        #expect(check.evaluate(sku: "MUG") == .verified(line: 0))
        check.commit(check.evaluate(sku: "MUG"))
        #expect(check.evaluate(sku: "MUG") == .verified(line: 1))
    }

    @Test func undoTakesBackOneUnit() {
        var check = PackChecklist(order: CoreFixtures.order([("MUG", 2)]))
        check.restore(verifiedByLine: [1: 2])
        check.uncount(line: 0)
        #expect(check.verified == [1])
        check.uncount(line: 7)
        #expect(check.verified == [1])
    }
}
