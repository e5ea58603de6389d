import Testing
import ToteCore

@Suite struct ImportValueTests {
    @Test func shopifyAndISOTimestamps() {
        #expect(ImportTimestamp.parse("1970-01-01 00:00:00 +0000") == 0)
        #expect(ImportTimestamp.parse("2025-03-05 14:22:10 -0500") == 1_741_202_530)
        #expect(ImportTimestamp.parse("2025-03-05T19:22:10Z") == 1_741_202_530)
        #expect(ImportTimestamp.parse("2025-03-05T20:22:10+01:00") == 1_741_202_530)
        #expect(ImportTimestamp.parse("2025-03-05T19:22:10.123Z") == 1_741_202_530)
        #expect(ImportTimestamp.parse("2025-03-05 14:22", defaultOffsetSeconds: -18_000) == 1_741_202_520)
        #expect(ImportTimestamp.parse("2025-03-05") == 1_741_132_800)
        for bad in ["", "yesterday", "2025-13-01", "2025-03-05 25:00", "2025-03-05T10:00:00 CET"] {
            #expect(ImportTimestamp.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func shipByIsTheNextCutoff() {
        let rule = ShipByRule(cutoffSecondsOfDay: 16 * 3600, utcOffsetSeconds: 3600)  // 16:00 at UTC+1
        let morning = ImportTimestamp.parse("2025-03-05 09:00:00 +0100")!
        let evening = ImportTimestamp.parse("2025-03-05 16:00:00 +0100")!
        #expect(rule.shipBy(createdAt: morning) == ImportTimestamp.parse("2025-03-05 16:00:00 +0100"))
        #expect(rule.shipBy(createdAt: evening) == ImportTimestamp.parse("2025-03-06 16:00:00 +0100"))
        #expect(ShipByRule.secondsOfDay("16:30") == 59_400)
        #expect(ShipByRule.secondsOfDay("24:00") == nil)
        #expect(ShipByRule.secondsOfDay("9:5") == nil)
    }

    @Test func moneyInMinorUnits() {
        #expect(ImportMoney.minorUnits("19.99") == 1999)
        #expect(ImportMoney.minorUnits("5") == 500)
        #expect(ImportMoney.minorUnits("0.5") == 50)
        #expect(ImportMoney.minorUnits("-2.25") == -225)
        #expect(ImportMoney.minorUnits(" 3.10 ") == 310)
        for bad in ["", "1,000.00", "$5", "1.234", "abc", "."] { #expect(ImportMoney.minorUnits(bad) == nil, "\(bad)") }
    }

    @Test func shippingMethodGivesServiceAndCarrier() {
        #expect(ShopifyFields.service(fromMethod: "UPS Next Day Air") == .overnight)
        #expect(ShopifyFields.service(fromMethod: "DHL Express Worldwide") == .express)
        #expect(ShopifyFields.service(fromMethod: "Standard") == .standard)
        #expect(ShopifyFields.carrier(fromMethod: "DHL Express Worldwide") == "DHL")
        #expect(ShopifyFields.carrier(fromMethod: "Free shipping") == "POST")
        #expect(ShopifyFields.priority(tags: ["wholesale", "Priority: 4"]) == 4)
        #expect(ShopifyFields.priority(tags: ["VIP"]) == 1)
    }

    @Test func formatDetection() {
        #expect(ImportFormat.detect(path: "x.CSV", bytes: []) == .csv)
        #expect(ImportFormat.detect(path: "x.jsonl", bytes: []) == .jsonl)
        #expect(ImportFormat.detect(path: "-", bytes: Array(" [ {}]".utf8)) == .json)
        #expect(ImportFormat.detect(path: "-", bytes: Array("{}\n{}".utf8)) == .jsonl)
        #expect(ImportFormat.detect(path: "-", bytes: Array("Name,Email".utf8)) == .csv)
    }
}
