import Testing
@testable import ToteCore

@Suite("Pack rules: evaluation")
struct PackRuleEvaluationTests {
    typealias F = PackRuleFixtures

    /// A one-rule file firing `hide_prices` when `condition` holds.
    private func fires(_ condition: String, _ facts: RuleFacts, regions: String = "") throws -> Bool {
        let set = try F.rules("\(regions)\n[[rule]]\nname = \"r\"\nwhen = \(condition)\nhide_prices = true")
        return set.evaluate(facts).actions.hidePrices
    }

    @Test func eachConditionHoldsAndFails() throws {
        #expect(try fires("{ channel = \"Nordic-Home\" }", F.facts(channel: "nordic-home")))
        #expect(try !fires("{ channel = \"nordic-home\" }", F.facts(channel: "web")))
        #expect(try fires("{ order_tag = [\"vip\", \"x\"] }", F.facts(orderTags: ["VIP"])))
        #expect(try !fires("{ order_tag = \"vip\" }", F.facts(orderTags: [])))
        #expect(try fires("{ customer_tag = \"wholesale\" }", F.facts(customerTags: ["wholesale"])))
        #expect(try fires("{ sku_tag = \"fragile\" }", F.facts(skuTags: ["fragile", "glass"])))
        #expect(try !fires("{ sku_tag = \"fragile\" }", F.facts(skuTags: ["liquid"])))
        #expect(try fires("{ sku = [\"MUG\", \"CUP\"] }", F.facts(skus: ["MUG"])))
        #expect(try !fires("{ sku = \"mug\" }", F.facts(skus: ["MUG"])))  // SKU codes are case-sensitive
        #expect(try fires("{ first_order = true }", F.facts(first: true)))
        #expect(try fires("{ first_order = false }", F.facts(first: false)))
        #expect(try fires("{ total = { min = 100 } }", F.facts(totalMinor: 10_000)))
        #expect(try !fires("{ total = { min = 100 } }", F.facts(totalMinor: 9_999)))
        #expect(try fires("{ total = { max = 19.99 } }", F.facts(totalMinor: 1_999)))
        #expect(try fires("{ units = { min = 4, max = 6 } }", F.facts(units: 6)))
        #expect(try !fires("{ units = { min = 4, max = 6 } }", F.facts(units: 7)))
        #expect(try fires("{ lines = 2 }", F.facts(lines: 2)))
        #expect(try fires("{ gift = true }", F.facts(gift: true)))
        #expect(try !fires("{ gift = true }", F.facts(gift: false)))
        #expect(try fires("{ country = \"de\" }", F.facts(country: "DE")))
        #expect(try fires("{ region = \"EU\" }", F.facts(country: "RO")))
        #expect(try !fires("{ region = \"EU\" }", F.facts(country: "GB")))
        #expect(try fires("{ region = \"Home\" }", F.facts(country: "GB"), regions: "[regions]\nHome = [\"GB\"]"))
        #expect(try fires("{ service = \"express\" }", F.facts(service: .express)))
        #expect(try !fires("{ service = \"express\" }", F.facts(service: .standard)))
        let window = "{ date = { from = \"2026-11-27\", to = \"2026-11-30\" } }"
        #expect(try fires(window, F.facts(day: "2026-11-27")))
        #expect(try fires(window, F.facts(day: "2026-11-30")))
        #expect(try !fires(window, F.facts(day: "2026-12-01")))
        #expect(try !fires(window, F.facts(day: "2026-11-26")))
        #expect(try fires("{ date = { from = \"2026-12-01\" } }", F.facts(day: "2027-06-01")))
        #expect(try fires("{ weekday = [\"sat\", \"sun\"] }", F.facts(day: "2026-11-28")))
        #expect(try !fires("{ weekday = [\"sat\", \"sun\"] }", F.facts(day: "2026-11-27")))
    }

    /// Customer tags travel with the order (native JSON `customer.tags`, kept by the store).
    @Test func customerTagsComeWithTheOrder() throws {
        var order = F.order([("MUG", 1)])
        order.customer?.tags = ["VIP"]
        let facts = RuleFacts(order: order, catalog: F.catalog, now: F.friday)
        #expect(try fires("{ customer_tag = \"vip\" }", facts))
        #expect(try !fires("{ customer_tag = \"wholesale\" }", facts))
        #expect(try fires("{ customer_tag = \"wholesale\" }",
                          RuleFacts(order: order, catalog: F.catalog, now: F.friday, customerTags: ["wholesale"])))
    }

    @Test func combinatorsNest() throws {
        let c = "{ any = [{ gift = true }, { all = [{ country = \"SE\" }, { not = { service = \"standard\" } }] }] }"
        #expect(try fires(c, F.facts(gift: true)))
        #expect(try fires(c, F.facts(country: "SE", service: .express)))
        #expect(try !fires(c, F.facts(country: "SE", service: .standard)))
        #expect(try !fires(c, F.facts(country: "US", service: .express)))
        // Several keys in one table must all hold.
        #expect(try !fires("{ gift = true, country = \"SE\" }", F.facts(gift: true, country: "US")))
    }

    @Test func noWhenFiresAlways() throws {
        let set = try F.rules("[[rule]]\nname = \"r\"\ninstruction = \"Smile\"")
        #expect(set.evaluate(F.facts()).actions.instructions == ["Smile"])
    }

    @Test func exclusiveGroupKeepsHighestPriorityThenFileOrder() throws {
        let set = try F.rules("""
            [[rule]]
            name = "campaign"
            priority = 10
            group = "flyer"
            insert = { name = "Campaign", barcode = "B" }
            [[rule]]
            name = "welcome"
            priority = 50
            group = "flyer"
            when = { first_order = true }
            insert = { name = "Welcome", barcode = "A" }
            [[rule]]
            name = "tie-later"
            priority = 10
            group = "flyer"
            insert = { name = "Later", barcode = "C" }
            [[rule]]
            name = "off"
            enabled = false
            priority = 99
            group = "flyer"
            insert = { name = "Off", barcode = "D" }
            """)
        let first = set.evaluate(F.facts(first: true))
        #expect(first.fired.map { set.rules[$0].name } == ["welcome"])
        #expect(first.suppressed.map { set.rules[$0.rule].name } == ["campaign", "tie-later"])
        #expect(first.suppressed.allSatisfy { set.rules[$0.by].name == "welcome" && $0.group == "flyer" })
        #expect(first.actions.items.map(\.name) == ["Welcome"])
        let returning = set.evaluate(F.facts(first: false))
        #expect(returning.fired.map { set.rules[$0].name } == ["campaign"])
        #expect(returning.actions.items.map(\.name) == ["Campaign"])

        let explained = set.explain(F.facts(first: true))
        #expect(explained.map(\.rule.name) == ["welcome", "campaign", "tie-later", "off"])
        #expect(explained[1].verdict == .suppressed(group: "flyer", by: "welcome", byPriority: 50))
        #expect(explained[3].verdict == .disabled)
        #expect(explained[1].lines.joined().contains("already taken by welcome"))
    }

    @Test func actionsMergeInResolutionOrder() throws {
        let set = try F.rules("""
            [[rule]]
            name = "low"
            priority = 1
            insert = { name = "Flyer", barcode = "F", quantity = 3 }
            material = "tissue"
            instruction = ["Logo up", "Tape twice"]
            return_label = "low-label"
            [[rule]]
            name = "high"
            priority = 5
            insert = { name = "Flyer again", barcode = "F", quantity = 1 }
            material = { kind = "tissue", quantity = 2 }
            instruction = "Logo up"
            return_label = "high-label"
            hide_prices = true
            """)
        let a = set.evaluate(F.facts()).actions
        #expect(a.items.count == 2)
        #expect(a.items[0].name == "Flyer again" && a.items[0].quantity == 3)
        #expect(a.items[1].kind == .material(.tissue) && a.items[1].quantity == 2)
        #expect(a.instructions == ["Logo up", "Tape twice"])
        #expect(a.returnLabel == "high-label")
        #expect(a.hidePrices)
    }

    @Test func publicMergeAgreesWithEvaluation() throws {
        let set = try F.rules("""
            [[rule]]
            name = "a"
            priority = 2
            insert = [{ name = "X", barcode = "1", quantity = 1 }, { name = "Card" }]
            instruction = "Up"
            [[rule]]
            name = "b"
            insert = [{ name = "X", barcode = "1", quantity = 4 }, { name = "card" }]
            instruction = ["Up", "Down"]
            return_label = "r"
            """)
        var merged = RuleActions()
        for rule in set.rules { merged.merge(rule.actions) }
        #expect(merged == set.evaluate(F.facts()).actions)
        #expect(merged.items.map(\.quantity) == [4, 1] && merged.instructions == ["Up", "Down"])
    }

    @Test func factsComeFromOrderAndCatalog() {
        let order = F.order([("MUG", 2), ("TEE", 1)], channel: "Nordic-Home", country: "se", gift: true, first: true,
                            tags: ["VIP"], price: 1250)
        let f = RuleFacts(order: order, catalog: F.catalog, now: F.friday)
        #expect(f.channel == "nordic-home" && f.country == "SE" && f.orderTags == ["vip"])
        #expect(f.skuTags == ["fragile"] && f.skus == ["MUG", "TEE"])
        #expect(f.totalMinor == 3750 && f.unitCount == 3 && f.lineCount == 2)
        #expect(f.isGift && f.isFirstOrder && f.day.weekday == .fri)
    }

    @Test func explainTraceShowsWhy() throws {
        let set = try F.rules("[[rule]]\nname = \"r\"\nwhen = { country = \"DE\", gift = true }\nhide_prices = true")
        let lines = set.explain(F.facts(gift: true, country: "FR"))[0].lines
        #expect(lines[0].hasPrefix("not matched"))
        #expect(lines.contains { $0.contains("✗ country in [DE] — country FR") })
        #expect(lines.contains { $0.contains("✓ gift = true — gift") })
    }
}
