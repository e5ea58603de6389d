import Testing
import ToteCore
@testable import ToteTUI

/// The pack screen with rules, cartons and the scale: inserts by scan, materials by key, the
/// gift card, the carton, the weight, and the box closing by itself once all is done.
@Suite("Pack checklist reducer")
struct PackChecklistReducerTests {
    static let rules = """
        [[rule]]
        name = "flyer"
        insert = { name = "Welcome flyer", barcode = "2000000001012", quantity = 1, weight_g = 6 }

        [[rule]]
        name = "glass"
        when = { sku = "MUG-WHT" }
        material = { kind = "bubble_wrap", quantity = 1, verify = "confirm" }
        instruction = "Wrap each mug on its own"

        [[rule]]
        name = "gift"
        when = { gift = true }
        hide_prices = true
        gift_card = true
        """
    static let cartons = """
        [weight]
        tolerance_g = 40
        tolerance_percent = 0

        [[carton]]
        name = "S"
        barcode = "C0001002"
        inner_mm = [310, 220, 120]
        tare_g = 160
        max_weight_g = 5000
        """

    static func context(weigh: Bool = true) throws -> AppContext {
        var c = Fixtures.context
        c.rules = try RuleSet.parse(rules, file: "rules.toml")
        c.cartons = try CartonConfig.parse(cartons, file: "cartons.toml")
        c.weighParcels = weigh
        return c
    }

    private func packing(weigh: Bool = true, progress edit: (inout OrderProgress) -> Void = { _ in }) throws -> Harness {
        var h = Harness(context: try Self.context(weigh: weigh))
        var o = Fixtures.romanian
        o.status = .packing
        o.isGift = true
        o.giftMessage = "La mulți ani!"
        var progress = OrderProgress(order: o, pickedByLine: [1: 2, 2: 1], claimedBy: "PACK-01")
        edit(&progress)
        h.send(.orderOpened(progress, resumed: false))
        return h
    }

    private func names(_ h: Harness) -> [String] { h.state.work?.pack.plan.items.map(\.name) ?? [] }

    @Test func theRulesAddTheirItemsToTheChecklist() throws {
        let h = try packing()
        #expect(names(h) == ["Stoneware mug, white", "Organic tee, black, M", "Welcome flyer", "Bubble wrap",
                             "Gift message card", "Carton S"])
        #expect(h.state.work?.pack.plan.instructions == ["Wrap each mug on its own"])
        #expect(h.state.work?.pack.plan.hidePrices == true)
    }

    @Test func anInsertIsScannedByItsBarcodeAndCountedOnceOnly() throws {
        var h = try packing()
        let effects = h.scanCommitted("2000000001012")
        guard case .record(let scan, .pack(.counted(item: 2, units: 1)))? = effects.first else {
            Issue.record("the flyer scan was not recorded: \(effects)")
            return
        }
        #expect(scan.effect == .check(key: "insert:Welcome flyer", units: 1, of: 1))
        #expect(h.state.work?.pack.isDone(2) == true)
        let again = h.scanCommitted("2000000001012")
        #expect(again.first == .beep)
        #expect(h.state.work?.pack.counts[2] == 1)
    }

    @Test func confirmChecksOffTheItemUnderTheCursorButNeverAScanOnlyOne() throws {
        var h = try packing()
        // The cursor starts on the first open item, a line: it must be scanned.
        #expect(h.key(.function(5)).first == .beep)
        #expect(h.state.status?.text == "Scan Stoneware mug, white: it cannot be confirmed by key")
        h.key(.down); h.key(.down); h.key(.down)
        #expect(h.state.work?.cursorItem == 3)
        let effects = h.key(.function(5))
        guard case .record(let scan, .pack(.confirmed(item: 3, units: 1)))? = effects.first else {
            Issue.record("F5 did not confirm the bubble wrap: \(effects)")
            return
        }
        #expect(scan.raw == "<F5>" && scan.effect == .check(key: "material:bubble_wrap:Bubble wrap", units: 1, of: 1))
    }

    @Test func aWrongCartonIsRefusedAndTheRightOneAccepted() throws {
        var h = try packing()
        #expect(h.scanCommitted("C0009999").first == .beep)
        let effects = h.scanCommitted("C0001002")
        guard case .record(let scan, .pack(.cartonChosen(item: 5, _)))? = effects.first else {
            Issue.record("carton not recorded: \(effects)")
            return
        }
        #expect(scan.effect == .carton(key: "carton:0", code: "C0001002"))
        #expect(h.state.status?.text == "Carton S OK")
    }

    @Test func theWeightIsCheckedOnlyOnceTheChecklistIsDoneAndThenTheBoxCloses() throws {
        var h = try packing()
        #expect(h.scanCommitted("W1316").first == .beep, "too early")
        #expect(h.state.status?.text == "Weigh after the checklist: 6 item(s) still open")
        for code in ["4006381333931", "4006381333931", "036000291452", "2000000001012", "C0001002"] { h.scanCommitted(code) }
        h.keyCommitted(.function(5))  // bubble wrap
        let last = h.keyCommitted(.function(5))  // gift card
        #expect(!last.contains { if case .finish = $0 { true } else { false } }, "not before the weight")
        // Goods 350 + 350 + 180, the flyer 6, carton S 160.
        let expected = try #require(h.state.work?.pack.expectedGrams)
        #expect(expected == 1046)
        #expect(h.state.status?.text == "Put the parcel on the scale (expected 1046 g) or type its weight, then Enter")
        let heavy = h.scanCommitted("W\(expected + 200)")
        #expect(heavy.first == .beep)
        #expect(h.state.work?.weighedGrams == nil)
        #expect(h.state.status?.text.contains("recount the box") == true)
        let ok = h.scanCommitted("\(Double(expected + 10) / 1000) kg")
        guard case .finish(let out)? = ok.last else {
            Issue.record("an in-tolerance weight did not close the box: \(ok)")
            return
        }
        #expect(out.boxes == [PackOut.Box(number: 1, cartonName: "S", grams: expected + 10)])
        #expect(out.hidePrices)
    }

    @Test func aSupervisorOverrideNeedsABadgeAndAReason() throws {
        var h = try packing(weigh: false)
        h.key(.down); h.key(.down)  // the flyer: none left
        h.key(.function(4))
        #expect(h.state.status?.text == "Supervisor: scan your badge to accept Welcome flyer as missing (Esc cancels)")
        #expect(h.scan("2000000001012").first == .beep, "only a badge goes on")
        #expect(h.scan("B2001").last == .lookUpBadge("B2001"), "the store says who it is")
        h.send(.badgeLookedUp(badge: "B2001", .user(User(badge: "B2001", name: "Lee", role: .lead))))
        #expect(h.state.packer == "Ana", "the badge does not sign the supervisor in")
        #expect(h.state.status?.text.hasPrefix("Reason: 1 no stock") == true)
        let effects = h.scanCommitted("3")
        guard case .record(let scan, .pack(.overridden(let o)))? = effects.first else {
            Issue.record("override not recorded: \(effects)")
            return
        }
        #expect(scan.effect == .override(key: "insert:Welcome flyer", by: "B2001", reason: "none_left"))
        #expect(o.by == "B2001" && h.state.work?.pack.isDone(2) == true)
        #expect(h.state.status?.text == "Welcome flyer accepted as missing by B2001")
    }

    @Test func aPackersBadgeMayNotOverride() throws {
        var h = try packing(weigh: false)
        h.key(.function(4))
        h.scan("B1042")
        h.send(.badgeLookedUp(badge: "B1042", .user(User(badge: "B1042", name: "Ana", role: .packer))))
        #expect(h.state.work?.overrideDraft?.by == nil)
        #expect(h.state.status?.text.contains("lead") == true, "says who may: \(h.state.status?.text ?? "")")
        h.send(.badgeLookedUp(badge: "B7777", .unknown))
        #expect(h.state.work?.overrideDraft?.by == nil, "an answer for another badge changes nothing")
        h.scan("B7777")
        h.send(.badgeLookedUp(badge: "B7777", .unknown))
        #expect(h.state.status?.text.contains("B7777") == true)
        #expect(h.scanCommitted("1").first == .beep, "no reason before an allowed badge")
    }

    @Test func escCancelsAnOverride() throws {
        var h = try packing(weigh: false)
        h.key(.function(4))
        h.key(.escape)
        #expect(h.state.work?.overrideDraft == nil)
        #expect(h.state.status?.text == "Override cancelled")
    }

    @Test func undoTakesBackACartonAndAnInsert() throws {
        var h = try packing()
        h.scanCommitted("2000000001012")
        h.scanCommitted("C0001002")
        guard case .record(let scan, .packUndo)? = h.scanCommitted("UNDO").first else {
            Issue.record("undo not recorded")
            return
        }
        #expect(scan.effect == .carton(key: "carton:0", code: nil))
        #expect(h.state.work?.pack.chosenCartons.isEmpty == true)
        guard case .record(let scan2, _)? = h.scanCommitted("UNDO").first else { return }
        #expect(scan2.effect == .check(key: "insert:Welcome flyer", units: -1, of: 1))
        #expect(h.state.work?.pack.counts[2] == 0)
    }

    @Test func savedProgressIsPutBackOnResume() throws {
        let h = try packing { p in
            p.packedByLine = [1: 2, 2: 1]
            p.packChecks = ["insert:Welcome flyer": PackCheckState(units: 1), "carton:0": PackCheckState(cartonCode: "C0001002"),
                            "gift": PackCheckState(overrideBy: "B2001", overrideReason: "other")]
            p.weighedGrams = nil
        }
        let pack = try #require(h.state.work?.pack)
        #expect(pack.open == [3], "only the bubble wrap is left")
        #expect(pack.chosenCartons[5]?.name == "S")
        #expect(pack.overrides[4]?.by == "B2001")
    }

    static let carriers = """
        [promise]
        express = 2
        [carriers.FAN]
        name = "FAN Courier"
        format = "s10"
        account = "RRRO"
        serial_start = 1
        serial_end = 99999
        zones = { "*" = 1 }
        [[carriers.FAN.service]]
        id = "STD"
        name = "FAN Standard"
        transit_days = 1
        cutoff = { mon = "18:00", tue = "18:00", wed = "18:00", thu = "18:00", fri = "18:00" }
        rates = [[30000, 1500]]
        [[carriers.FAN.service]]
        id = "EXP"
        name = "FAN Express"
        transit_days = 1
        cutoff = { mon = "18:00", tue = "18:00", wed = "18:00", thu = "18:00", fri = "18:00" }
        rates = [[30000, 2900]]
        [[carriers.FAN.service]]
        id = "ECO"
        name = "FAN Economy"
        transit_days = 6
        cutoff = { mon = "18:00", tue = "18:00", wed = "18:00", thu = "18:00", fri = "18:00" }
        rates = [[30000, 900]]
        """

    @Test func f7ChangesTheServiceAmongThoseThatKeepThePromise() throws {
        var context = try Self.context(weigh: false)
        context.carriers = try CarrierConfig.parse(Self.carriers, file: "carriers.toml")
        var h = Harness(context: context)
        var o = Fixtures.romanian
        o.status = .packing
        h.send(.orderOpened(OrderProgress(order: o, pickedByLine: [1: 2, 2: 1], claimedBy: "PACK-01"), resumed: false))
        let work = try #require(h.state.work)
        // Economy is cheapest but misses the 2-day promise: the automatic choice is Standard.
        #expect(work.currentService(carriers: h.reducer.context.carriers, nowMillis: h.state.nowMillis)?.service.id == "STD")
        guard case .record(let scan, .service("EXP"))? = h.keyCommitted(.function(7)).first else {
            Issue.record("F7 did not record a service choice")
            return
        }
        #expect(scan.effect == .service(id: "EXP") && scan.raw == "<F7>")
        #expect(h.state.work?.chosenService == "EXP")
        #expect(h.state.status?.text == "Ships with FAN Express")
        // Economy would break the promise, so F7 goes back to the automatic choice.
        h.keyCommitted(.function(7))
        #expect(h.state.work?.chosenService == nil)
        // The box ships with the chosen service.
        h.keyCommitted(.function(7))
        for code in ["4006381333931", "4006381333931", "036000291452", "2000000001012", "C0001002"] { h.scanCommitted(code) }
        guard case .finish(let out)? = h.keyCommitted(.function(5)).last else {  // the bubble wrap, the last check
            Issue.record("box did not close")
            return
        }
        #expect(out.requestedService == "EXP")
    }

    /// An order too heavy for one box is split, and each box row says what goes in it.
    @Test func aSplitOrderListsEachBoxWithItsContents() throws {
        var context = Fixtures.context
        context.cartons = try CartonConfig.parse("""
            [[carton]]
            name = "S"
            barcode = "C0001002"
            inner_mm = [310, 220, 120]
            tare_g = 100
            max_weight_g = 800
            """, file: "cartons.toml")
        var h = Harness(context: context)
        var o = Fixtures.romanian
        o.status = .packing
        h.send(.orderOpened(OrderProgress(order: o, pickedByLine: [1: 2, 2: 1], claimedBy: "PACK-01"), resumed: false))
        let plan = try #require(h.state.work?.pack.plan)
        #expect(plan.cartons.loads.count == 2)
        let screen = AppView(context: context).render(h.state).text
        #expect(screen.contains("Carton 1 of 2: S · "), "\(screen)")
        #expect(screen.contains("Carton 2 of 2: S · "))
        #expect(screen.contains("× MUG-WHT"))
    }
}
