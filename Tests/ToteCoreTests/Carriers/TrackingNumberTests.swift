import Testing
@testable import ToteCore

struct TrackingNumberTests {
    @Test func upsPublishedExampleValidates() {
        #expect(TrackingCheckDigit.isValid("1Z999AA10123456784", format: .ups))
        #expect(!TrackingCheckDigit.isValid("1Z999AA10123456785", format: .ups))
    }

    @Test func upsNumbersCarryAccountServiceAndSerial() throws {
        let n = try #require(TrackingFormat.ups.number(account: "999AA1", serviceCode: "01", serial: 2345678))
        #expect(n.hasPrefix("1Z999AA1012345678"))
        #expect(n == "1Z999AA10123456784")
    }

    @Test func uspsImpbIs22DigitsMod10() throws {
        let n = try #require(TrackingFormat.usps.number(account: "012345678", serviceCode: "001", serial: 42))
        #expect(n.count == 22 && n.hasPrefix("92001012345678"))
        #expect(TrackingCheckDigit.isValid(n, format: .usps))
    }

    @Test func fedexMod11Weights137FromTheRight() throws {
        // 7 9 0 0 0 0 0 0 0 0 1 → from the right 1×1 + 0×3 … 9×3? computed by hand: 1*1 + 9*7 (pos 10: weight index 9 % 3 = 0 → 1?)
        let body = "79000000001"
        var sum = 0
        for (i, ch) in body.reversed().enumerated() { sum += ch.wholeNumberValue! * [1, 3, 7][i % 3] }
        #expect(TrackingCheckDigit.fedex(body) == (sum % 11 == 10 ? 0 : sum % 11))
        let n = try #require(TrackingFormat.fedex.number(account: "79", serviceCode: "", serial: 1))
        #expect(n.count == 12 && n.hasPrefix("79000000001"))
        #expect(TrackingCheckDigit.isValid(n, format: .fedex))
    }

    @Test func s10MatchesTheUPUWorkedExample() throws {
        // UPU S10: serial 47312482 has check digit 9.
        #expect(TrackingCheckDigit.s10("47312482") == 9)
        let n = try #require(TrackingFormat.s10.number(account: "EEUS", serviceCode: "", serial: 47312482))
        #expect(n == "EE473124829US")
        #expect(TrackingCheckDigit.isValid(n, format: .s10))
    }

    @Test func ssccFromCompanyPrefix() throws {
        let s = SSCCConfig(extensionDigit: 1, companyPrefix: "0614141", serialRange: 1...999_999_999)
        #expect(s.sscc(serial: 123456789) == "106141411234567897")
        #expect(s.sscc(serial: 0) == nil)
    }

    @Test func serialsOutsideTheFormatAreRefused() {
        #expect(TrackingFormat.ups.number(account: "999AA1", serviceCode: "03", serial: 10_000_000) == nil)
        #expect(TrackingFormat.s10.number(account: "LXSE", serviceCode: "", serial: -1) == nil)
    }

    @Test(arguments: TrackingFormat.allCases)
    func everyGeneratedNumberValidates(_ format: TrackingFormat) throws {
        let account = ["ups": "999AA1", "usps": "012345678", "fedex": "79", "s10": "LXSE", "sscc": "00614141"][format.rawValue]!
        let code = ["ups": "03", "usps": "001"][format.rawValue] ?? ""
        for serial: Int64 in [1, 7, 99, 12345, 999_999] {
            let n = try #require(format.number(account: account, serviceCode: code, serial: serial))
            #expect(TrackingCheckDigit.isValid(n, format: format), "\(n)")
        }
    }
}
