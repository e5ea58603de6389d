import Foundation
import Testing
@testable import ToteCore

/// The shipped rules fire on the shipped demo orders (acceptance of issue 6).
@Suite("Pack rules: demo config and orders")
struct DemoPackRulesTests {
    typealias F = PackRuleFixtures

    private func load() throws -> (RuleSet, Catalog, [Order], CartonConfig) {
        let rules = try RuleSet.parse(try F.read("pack-rules.toml"), file: "pack-rules.toml")
        let cartons = try CartonConfig.parse(try F.read("cartons.toml"), file: "cartons.toml")
        let skus = try JSONDecoder().decode([SKU].self, from: Data(try F.read("demo/catalog.json").utf8))
        let orders = try JSONDecoder().decode([Order].self, from: Data(try F.read("demo/orders.json").utf8))
        return (rules, try Catalog(skus), orders, cartons)
    }

    @Test func eachShippedRuleFiresOnSomeDemoOrder() throws {
        let (rules, catalog, orders, _) = try load()
        var firedBy: [String: [String]] = [:]
        for order in orders {
            let e = rules.evaluate(RuleFacts(order: order, catalog: catalog, now: F.friday))
            for i in e.fired { firedBy[rules.rules[i].name, default: []].append(order.number) }
        }
        for name in ["welcome-flyer", "black-friday-flyer", "gift-no-prices", "fragile-bubble-wrap",
                     "nordic-home-presentation", "germany-return-label", "nordics-return-slip", "heavy-void-fill"] {
            #expect(firedBy[name]?.isEmpty == false, "\(name) fires on no demo order")
        }
        #expect(firedBy["weekend-sample"] == nil)
    }

    @Test func welcomeFlyerSuppressesTheCampaignFlyer() throws {
        let (rules, catalog, orders, _) = try load()
        let first = try #require(orders.first { $0.customer?.isFirstOrder == true && $0.channel != "marketplace-eu" })
        let e = rules.evaluate(RuleFacts(order: first, catalog: catalog, now: F.friday))
        #expect(e.suppressed.map { rules.rules[$0.rule].name } == ["black-friday-flyer"])
        // Outside the campaign window the campaign does not even match.
        let later = LocalTime(seconds: F.friday.seconds + 10 * 86_400)
        #expect(rules.evaluate(RuleFacts(order: first, catalog: catalog, now: later)).suppressed.isEmpty)
    }

    @Test func everyDemoOrderGetsACartonPlan() throws {
        let (rules, catalog, orders, cartons) = try load()
        for order in orders {
            let plan = PackPlan(order: order, catalog: catalog, rules: rules, cartons: cartons, now: F.friday)
            #expect(plan.cartons.isComplete, "\(order.number): \(plan.cartons.unfit)")
            #expect(!plan.cartons.loads.isEmpty && plan.cartons.unmeasured.isEmpty, "\(order.number)")
        }
    }
}
