import Testing
@testable import ToteCore

@Suite("Pack plan and session (checklist model)")
struct PackSessionTests {
    typealias F = PackRuleFixtures

    static let rulesText = """
        [checklist]
        scan_once_from = 10
        [[rule]]
        name = "welcome"
        when = { first_order = true }
        insert = { name = "Welcome flyer", barcode = "2000000001012", weight_g = 6 }
        [[rule]]
        name = "gift"
        when = { gift = true }
        gift_card = true
        hide_prices = true
        instruction = "No invoice in the box"
        [[rule]]
        name = "fragile"
        when = { sku_tag = "fragile" }
        material = { kind = "bubble_wrap", verify = "confirm" }
        [[rule]]
        name = "premium"
        when = { channel = "premium" }
        branded_box = true
        """

    private func session(_ order: Order) throws -> PackSession {
        let rules = try RuleSet.parse(Self.rulesText, file: "rules.toml")
        let plan = PackPlan(order: order, catalog: F.catalog, rules: rules, cartons: F.cartons, now: F.friday)
        return PackSession(plan: plan, cartons: F.cartons)
    }

    @Test func planListsLinesInsertsMaterialsGiftCardAndCarton() throws {
        let s = try session(F.order([("MUG", 1), ("PEN", 12)], gift: true, first: true))
        let kinds = s.plan.items.map(\.kind)
        #expect(kinds == [.line(lineNumber: 1, sku: "MUG"), .line(lineNumber: 2, sku: "PEN"), .insert,
                          .material(.bubbleWrap), .giftCard, .carton(load: 0)])
        #expect(s.plan.items[0].verify == .scanEach)
        #expect(s.plan.items[1].verify == .scanOnceConfirmCount)
        #expect(s.plan.items[3].verify == .confirm)
        #expect(s.plan.hidePrices && s.plan.giftMessage == "Happy birthday")
        #expect(s.plan.instructions == ["No invoice in the box"])
        #expect(s.plan.firedRules == ["welcome", "gift", "fragile"])
        #expect(!s.isComplete && s.open.count == 6)
    }

    @Test func fullRunCompletesAndWeighs() throws {
        var s = try session(F.order([("MUG", 2)], gift: true, first: true))
        for input: PackInput in [.item(sku: "MUG"), .item(sku: "MUG"), .barcode("2000000001012"), .confirm(item: 2),
                                 .confirm(item: 3)] {
            let step = s.evaluate(input)
            #expect(step.isAccepted, "\(input) → \(step)")
            s.commit(step)
        }
        let cartonItem = try #require(s.open.first)
        #expect(s.plan.items[cartonItem].barcode == "C0000001")
        let step = s.evaluate(.carton("C0000001"))
        #expect(step == .cartonChosen(item: cartonItem, carton: F.cartons.cartons[0]))
        s.commit(step)
        #expect(s.isComplete)
        // 2 mugs 700 g + flyer 6 g + S box 160 g.
        #expect(s.expectedGrams == 866)
        #expect(s.checkWeight(measuredGrams: 880, tolerance: F.cartons.tolerance).isOK)
        #expect(!s.checkWeight(measuredGrams: 520, tolerance: F.cartons.tolerance).isOK)
    }

    @Test func refusedInputsChangeNothing() throws {
        var s = try session(F.order([("MUG", 1)], first: true))
        s.commit(s.evaluate(.item(sku: "MUG")))
        let before = s
        let refusals: [(PackInput, PackRefusal)] = [
            (.item(sku: "TEE"), .notOnOrder(sku: "TEE")),
            (.item(sku: "MUG"), .overScan(name: "MUG", have: 1, of: 1)),
            (.barcode("999"), .unknownBarcode("999")),
            (.confirm(item: 1), .scanRequired(item: 1)),
            (.confirm(item: 0), .alreadyDone(item: 0)),
            (.confirm(item: 42), .noSuchItem(42)),
            (.override(item: 1, by: "", reason: "none left"), .overrideIncomplete),
            (.carton("C0000002"), .carton(.tooSmall(carton: "XS", sku: "MUG"))),
        ]
        for (input, refusal) in refusals {
            let step = s.evaluate(input)
            #expect(step == .refused(refusal), "\(input)")
            s.commit(step)
        }
        #expect(s == before)
        s.commit(s.evaluate(.barcode("2000000001012")))
        #expect(s.evaluate(.barcode("2000000001012")) == .refused(.overScan(name: "Welcome flyer", have: 1, of: 1)))
    }

    @Test func nextActionSaysScanConfirmOrCarton() throws {
        var s = try session(F.order([("MUG", 1), ("PEN", 12)], gift: true, first: true))
        #expect(s.plan.items.indices.map(s.nextAction(for:)) == [.scan, .scan, .scan, .confirm, .confirm, .carton])
        s.commit(s.evaluate(.item(sku: "PEN")))
        #expect(s.nextAction(for: 1) == .confirm, "a large line's count is confirmed after one scan")
    }

    @Test func largeQuantityIsScannedOnceThenConfirmed() throws {
        var s = try session(F.order([("TEE", 12)]))
        #expect(s.evaluate(.confirm(item: 0)) == .refused(.scanOneFirst(item: 0)))
        s.commit(s.evaluate(.item(sku: "TEE")))
        #expect(s.awaitsCountConfirmation(0))
        let step = s.evaluate(.confirm(item: 0))
        #expect(step == .confirmed(item: 0, units: 11))
        s.commit(step)
        #expect(s.isDone(0) && !s.awaitsCountConfirmation(0))
        // A case code standing for several units counts them all, never past the quantity.
        var t = try session(F.order([("TEE", 12)]))
        #expect(t.evaluate(.item(sku: "TEE", quantity: 6)) == .counted(item: 0, units: 6))
        t.commit(t.evaluate(.item(sku: "TEE", quantity: 6)))
        #expect(t.evaluate(.item(sku: "TEE", quantity: 7)) == .refused(.overScan(name: "TEE", have: 6, of: 12)))
    }

    @Test func undoTakesBackTheLastStepOnly() throws {
        var s = try session(F.order([("MUG", 2)], gift: true))
        s.commit(s.evaluate(.item(sku: "MUG")))
        s.commit(s.evaluate(.confirm(item: 2)))
        #expect(s.undo() == .confirmed(item: 2, units: 1))
        #expect(s.counts[0] == 1 && s.counts[2] == 0)
        #expect(s.undo() == .counted(item: 0, units: 1))
        #expect(s.undo() == .refused(.nothingToUndo))
        #expect(s.counts.allSatisfy { $0 == 0 } && s.history.isEmpty)
        let cartonItem = s.plan.items.count - 1
        s.commit(s.evaluate(.barcode("C0000001")))
        #expect(s.chosenCartons[cartonItem]?.name == "S")
        s.undo()
        #expect(s.chosenCartons.isEmpty && !s.isDone(cartonItem))
    }

    @Test func supervisorOverrideIsRecordedAndUndoable() throws {
        var s = try session(F.order([("MUG", 3)], first: true))
        s.commit(s.evaluate(.item(sku: "MUG")))
        let step = s.evaluate(.override(item: 0, by: "Maria (SUP-02)", reason: "two mugs broken in the bin"))
        #expect(step == .overridden(PackOverride(item: 0, name: "MUG", missing: 2, by: "Maria (SUP-02)",
                                                 reason: "two mugs broken in the bin")))
        s.commit(step)
        #expect(s.isDone(0) && s.overrides[0]?.missing == 2)
        #expect(s.evaluate(.item(sku: "MUG")) == .refused(.alreadyDone(item: 0)))
        s.undo()
        #expect(!s.isDone(0) && s.overrides.isEmpty)
    }

    @Test func brandedRuleRefusesAPlainBox() throws {
        var s = try session(F.order([("MUG", 1)], channel: "premium"))
        let cartonItem = s.plan.items.count - 1
        #expect(s.plan.cartons.loads.map(\.carton.name) == ["BR"])
        #expect(s.evaluate(.carton("C0000001")) == .refused(.carton(.notBranded(carton: "S"))))
        s.commit(s.evaluate(.carton("C0000003")))
        #expect(s.isDone(cartonItem))
        #expect(s.evaluate(.carton("C0000003")) == .refused(.noCartonNeeded))
    }

    @Test func noRulesNoCartonsIsAPlainScanChecklist() {
        let plan = PackPlan(order: F.order([("MUG", 2), ("TEE", 1)]), catalog: F.catalog, rules: .empty, cartons: nil,
                            now: F.friday)
        #expect(plan.items.map(\.quantity) == [2, 1])
        var s = PackSession(plan: plan, cartons: nil)
        for sku in ["MUG", "TEE", "MUG"] { s.commit(s.evaluate(.item(sku: sku))) }
        #expect(s.isComplete)
        #expect(s.evaluate(.barcode("C0000001")) == .refused(.unknownBarcode("C0000001")))
    }

    @Test func splitOrderHasOneCartonItemPerBox() throws {
        let s = try session(F.order([("MUG", 8)]))
        let cartons = s.plan.items.filter { if case .carton = $0.kind { true } else { false } }
        #expect(cartons.count == s.plan.cartons.loads.count)
        #expect(cartons.count >= 2)
        #expect(cartons[0].name.hasPrefix("Carton 1 of"))
    }
}
