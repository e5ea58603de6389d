import Testing
@testable import ToteCore

@Suite("Pack rules: parsing")
struct PackRuleParsingTests {
    typealias F = PackRuleFixtures

    @Test func shippedConfigParsesWithSixOrMoreRules() throws {
        let set = try RuleSet.parse(try F.read("pack-rules.toml"), file: "config/pack-rules.toml")
        #expect(set.rules.filter(\.enabled).count >= 6)
        #expect(set.scanOnceFrom == 10)
        #expect(set.regions["Nordics"] == ["DK", "FI", "IS", "NO", "SE"])
        let cartons = try CartonConfig.parse(try F.read("cartons.toml"), file: "config/cartons.toml")
        #expect(cartons.cartons.count >= 4)
        #expect(cartons.cartons.contains { $0.branded })
    }

    @Test func everyConditionKeyParses() throws {
        let set = try F.rules("""
            [regions]
            Iberia = ["ES", "PT"]
            [[rule]]
            name = "all"
            priority = 3
            group = "g"
            [rule.when]
            channel = ["Web", "shop"]
            order_tag = "VIP"
            customer_tag = ["wholesale"]
            sku_tag = "fragile"
            sku = ["MUG"]
            first_order = true
            total = { min = 10, max = 99.99 }
            units = { min = 2 }
            lines = 3
            gift = false
            country = ["se", "DE"]
            region = ["Iberia", "Nordics"]
            service = ["express", "overnight"]
            date = { from = "2026-11-27", to = "2026-11-30" }
            weekday = ["fri", "Saturday"]
            any = [{ gift = true }, { not = { country = "US" } }]
            [rule.insert]
            name = "Flyer"
            barcode = "2000000001012"
            """)
        let rule = set.rules[0]
        guard case .all(let parts) = rule.condition else { Issue.record("expected all"); return }
        #expect(parts.count == 16)
        #expect(parts[0] == .channel(["web", "shop"]))
        #expect(parts[1] == .orderTag(["vip"]))
        #expect(parts[6] == .totalMinor(IntRange(min: 1000, max: 9999)))
        #expect(parts[8] == .lines(IntRange(min: 3, max: 3)))
        #expect(parts[10] == .country(["SE", "DE"]))
        #expect(parts[11] == .region(names: ["Iberia", "Nordics"], countries: ["ES", "PT", "DK", "FI", "IS", "NO", "SE"]))
        #expect(parts[14] == .weekday([.fri, .sat]))
        #expect(rule.priority == 3 && rule.group == "g" && rule.line == 3)
        #expect(rule.actions.items == [InsertAction(name: "Flyer", barcode: "2000000001012", quantity: 1, verify: .scan)])
    }

    @Test func everyActionParses() throws {
        let set = try F.rules("""
            [[rule]]
            name = "everything"
            insert = [{ name = "A", barcode = "111", quantity = 2, weight_g = 5 }, { name = "Card", verify = "confirm" }]
            material = [{ kind = "tissue" }, { kind = "bubble_wrap", quantity = 2, barcode = "BW" }]
            gift_card = true
            hide_prices = true
            instruction = ["Logo facing up", "Insert on top"]
            branded_box = true
            return_label = "dhl-retoure-de"
            [[rule]]
            name = "short material"
            material = "void_fill"
            """)
        let a = set.rules[0].actions
        #expect(a.items.map(\.name) == ["A", "Card", "Tissue paper", "Bubble wrap"])
        #expect(a.items[0].quantity == 2 && a.items[0].weightGrams == 5 && a.items[0].verify == .scan)
        #expect(a.items[1].verify == .confirm && a.items[1].barcode == nil)
        #expect(a.items[2].verify == .confirm)
        #expect(a.items[3].verify == .scan && a.items[3].kind == .material(.bubbleWrap))
        #expect(a.giftCard && a.hidePrices && a.brandedBox)
        #expect(a.instructions == ["Logo facing up", "Insert on top"])
        #expect(a.returnLabel == "dhl-retoure-de")
        #expect(set.rules[1].actions.items == [InsertAction(kind: .material(.voidFill), name: "Void fill", verify: .confirm)])
    }

    @Test(arguments: [
        ("[[rule]]\nname = \"a\"\nwhen = { chanel = \"web\" }\nhide_prices = true", 3, "did you mean channel?"),
        ("[[rule]]\nname = \"a\"\nhide_prices = true\n\n[[rule]]\nname = \"a\"\nhide_prices = true", 6, "already used by the rule on line 1"),
        ("[[rule]]\nname = \"a\"\nwhen = { gift = true }", 1, "has no action"),
        ("[[rule]]\nwhen = { gift = true }\nhide_prices = true", 1, "has no name"),
        ("[[rule]]\nname = \"a\"\n\nwhen = { region = \"Nordic\" }\nhide_prices = true", 4, "did you mean Nordics?"),
        ("[[rule]]\nname = \"a\"\nwhen = { date = { from = \"2026-02-30\" } }\nhide_prices = true", 3, "YYYY-MM-DD"),
        ("[[rule]]\nname = \"a\"\nwhen = { date = { from = \"2026-12-01\", to = \"2026-11-01\" } }\nhide_prices = true", 3, "ends"),
        ("[[rule]]\nname = \"a\"\nwhen = { units = { min = 5, max = 2 } }\nhide_prices = true", 3, "min 5 is more than max 2"),
        ("[[rule]]\nname = \"a\"\nwhen = { weekday = \"fry\" }\nhide_prices = true", 3, "did you mean fri?"),
        ("[[rule]]\nname = \"a\"\nwhen = { service = \"expres\" }\nhide_prices = true", 3, "did you mean express?"),
        ("[[rule]]\nname = \"a\"\nwhen = { country = \"Sweden\" }\nhide_prices = true", 3, "alpha-2"),
        ("[[rule]]\nname = \"a\"\nwhen = { brand = \"x\" }\nhide_prices = true", 3, "channel"),
        ("[[rule]]\nname = \"a\"\nwhen = { gift = \"yes\" }\nhide_prices = true", 3, "true or false"),
        ("[[rule]]\nname = \"a\"\nwhen = { any = [] }\nhide_prices = true", 3, "non-empty list"),
        ("[[rule]]\nname = \"a\"\n\ninsert = { name = \"F\", verify = \"scan\" }", 4, "no barcode"),
        ("[[rule]]\nname = \"a\"\nmaterial = \"bubblewrap\"", 3, "did you mean bubble_wrap?"),
        ("[[rule]]\nname = \"a\"\nhide_price = true", 3, "did you mean hide_prices?"),
        ("[rule]\nname = \"a\"", 1, "[[rule]]"),
        ("[checklist]\nscan_once_from = 1", 2, "at least 2"),
        ("[rules]\n", 1, "did you mean rule?"),
        ("[[rule]]\nname = \"a\"\nhide_prices = tru", 3, nil),
    ] as [(String, Int, String?)])
    func badFilesReportLineAndReason(text: String, line: Int, fragment: String?) {
        let error = F.error(text)
        #expect(error?.line == line, "\(String(describing: error))")
        #expect(error?.file == "rules.toml")
        if let fragment { #expect(error?.reason.contains(fragment) == true, "\(String(describing: error))") }
    }

    @Test func cartonFileErrorsHaveLines() {
        func err(_ s: String) -> ConfigError? {
            do { _ = try CartonConfig.parse(s, file: "cartons.toml"); return nil } catch { return error }
        }
        #expect(err("[[carton]]\nname = \"S\"\nbarcode = \"C1\"\ninner_mm = [1, 2]\ntare_g = 1\nmax_weight_g = 9")?.line == 4)
        #expect(err("[[carton]]\nname = \"S\"\nbarcode = \"C1\"\ninner_mm = [1, 2, 3]\ntare_g = 10\nmax_weight_g = 9")?.reason
            .contains("must be more than tare_g") == true)
        #expect(err("[[carton]]\nname = \"S\"\nbarcode = \"C1\"\ninner_mm = [1, 2, 3]\ntare_g = 1\nmax_weight_g = 9\n"
                    + "[[carton]]\nname = \"T\"\nbarcode = \"c1\"\ninner_mm = [1, 2, 3]\ntare_g = 1\nmax_weight_g = 9")?.line == 9)
        #expect(err("[[carton]]\nname = \"S\"\nbarcode = \"C1\"\ninner_mm = [1, 2, 3]\ntare_g = 1")?.reason.contains("max_weight_g") == true)
        #expect(err("[weight]\ntolerance_precent = 3")?.reason.contains("did you mean tolerance_percent?") == true)
    }

    @Test func calendarDaysRoundTrip() {
        let d = CalendarDay(iso: "2026-11-27")!
        #expect(d.description == "2026-11-27")
        #expect(d.weekday == .fri)
        #expect(CalendarDay(iso: "1970-01-01")!.daysSince1970 == 0)
        #expect(CalendarDay(iso: "2024-02-29") != nil && CalendarDay(iso: "2025-02-29") == nil)
        #expect(CalendarDay(iso: "1969-12-31")!.description == "1969-12-31")
        // 23:30 UTC on Friday is already Saturday at UTC+01:00.
        let late = LocalTime(seconds: PackRuleFixtures.friday.seconds + 11 * 3600 + 1800, utcOffsetSeconds: 3600)
        #expect(late.day.weekday == .sat)
    }
}
