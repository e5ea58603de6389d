import Foundation
import Testing
@testable import ToteCore

struct CarrierConfigTests {
    static func shipped() throws -> CarrierConfig {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        let text = try String(contentsOf: url.appendingPathComponent("config/carriers.toml"), encoding: .utf8)
        return try CarrierConfig.parse(text, file: "config/carriers.toml")
    }

    @Test func shippedFileCoversTheDemoCarriers() throws {
        let c = try Self.shipped()
        for code in ["UPS", "USPS", "DHL", "POSTNORD", "FAN", "FEDEX"] { #expect(c.carrier(code) != nil, "\(code)") }
        #expect(c.sscc?.companyPrefix == "0614141")
        #expect(c.utcOffsetSeconds == 3600)
    }

    @Test func errorsPointAtTheLine() {
        let text = """
            [carriers.UPS]
            format = "ups"
            account = "999AA"
            zones = { US = 1 }
            """
        #expect(throws: ConfigError.self) { try CarrierConfig.parse(text, file: "c.toml") }
        do {
            _ = try CarrierConfig.parse(text, file: "c.toml")
        } catch {
            #expect(error.line == 3)
            #expect(error.description.contains("6 capital letters"))
        }
    }

    @Test func badCutoffAndRatesAreExplained() {
        let text = """
            [carriers.X]
            format = "s10"
            account = "LXSE"
            zones = { "*" = 1 }
            [[carriers.X.service]]
            id = "A"
            transit_days = 2
            cutoff = { mon = "25:00" }
            rates = [[1000, 100]]
            """
        do {
            _ = try CarrierConfig.parse(text, file: "c.toml")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "c.toml:8: cutoff.mon must be a 24-hour time \"HH:MM\", e.g. \"17:30\" (got \"25:00\")")
        }
    }

    // 2026-11-26 is a Thursday (1_795_791_600 is Friday 2026-11-27). 14:00 UTC = 15:00 CET.
    static let thursday1500UTC: Int64 = 1_795_791_600 - 1_795_791_600 % 86_400 - 86_400 + 14 * 3600

    @Test func cheapestServiceThatKeepsThePromise() throws {
        let c = try Self.shipped()
        let standard = try ServiceSelector.select(config: c, carrier: "UPS", level: .standard, country: "US", grams: 800,
                                                  nowSeconds: Self.thursday1500UTC)
        #expect(standard.service.id == "GROUND")
        let express = try ServiceSelector.select(config: c, carrier: "UPS", level: .express, country: "US", grams: 800,
                                                 nowSeconds: Self.thursday1500UTC)
        #expect(express.service.id == "2DAY")
        #expect(express.priceMinor == 2350)
        let named = try ServiceSelector.select(config: c, carrier: "UPS", level: .standard, country: "US", grams: 800,
                                               nowSeconds: Self.thursday1500UTC, requestedService: "nextday")
        #expect(named.service.id == "NEXTDAY")
    }

    @Test func cutoffDecidesTheShipDay() throws {
        let c = try Self.shipped()
        let ups = try #require(c.carrier("UPS")?.service(id: "GROUND"))
        let (day, _) = ShipDate.local(seconds: Self.thursday1500UTC, utcOffsetSeconds: 3600)
        #expect(day.weekday == 3)
        #expect(ups.pickupDate(packedOn: day, minute: 16 * 60 + 59) == day)
        #expect(ups.pickupDate(packedOn: day, minute: 17 * 60) == day.adding(days: 1))
        // Friday after the 16:00 cutoff: Monday.
        #expect(ups.pickupDate(packedOn: day.adding(days: 1), minute: 16 * 60) == day.adding(days: 4))
        #expect(day.description == "2026-11-26")
    }

    @Test func rateBandsAndZones() throws {
        let c = try Self.shipped()
        let dhl = try #require(c.carrier("DHL"))
        #expect(dhl.zone(for: "ro") == 2)
        #expect(dhl.zone(for: "JP") == 4)
        #expect(dhl.service(id: "PARCEL")?.rates.price(grams: 1000, zone: 2) == 1290)
        #expect(dhl.service(id: "PARCEL")?.rates.price(grams: 1001, zone: 2) == 1890)
        #expect(dhl.service(id: "PARCEL")?.rates.price(grams: 30001, zone: 2) == nil)
        #expect(throws: ServiceSelectionError.tooHeavy(carrier: "DHL", grams: 40_000)) {
            try ServiceSelector.select(config: c, carrier: "DHL", level: .standard, country: "RO", grams: 40_000, nowSeconds: 0)
        }
    }
}
