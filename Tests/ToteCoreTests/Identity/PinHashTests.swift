import Testing
import ToteCore

@Suite struct PinHashTests {
    let salt: [UInt8] = Array(0 ..< 16)

    @Test func matchesOnlyItsPin() throws {
        let hash = try PinHash(pin: "4711", salt: salt, iterations: 50)
        #expect(hash.matches("4711"))
        #expect(!hash.matches("4712"))
        #expect(!hash.matches("47110"))
        #expect(!hash.matches(""))
    }

    @Test func encodedFormRoundTripsAndHoldsNoPin() throws {
        let hash = try PinHash(pin: "987654", salt: salt, iterations: 50)
        let text = hash.encoded
        #expect(text.hasPrefix("pbkdf2-sha256$50$000102030405060708090a0b0c0d0e0f$"))
        #expect(!text.contains("987654"))
        #expect(!hash.description.contains(Hex.encode(hash.hash)))
        let back = try #require(PinHash(encoded: text))
        #expect(back == hash)
        #expect(back.matches("987654"))
    }

    @Test func hashIsPBKDF2OfThePin() throws {
        let hash = try PinHash(pin: "1234", salt: Array("salt".utf8), iterations: 2)
        #expect(hash.hash == HMACSHA256.pbkdf2(password: Array("1234".utf8), salt: Array("salt".utf8), iterations: 2))
    }

    @Test func saltChangesTheHash() throws {
        let a = try PinHash(pin: "1234", salt: [1], iterations: 10)
        let b = try PinHash(pin: "1234", salt: [2], iterations: 10)
        #expect(a.hash != b.hash)
    }

    @Test(arguments: ["", "123", "12a4", "1234567890123", "１２３４", "12 34"])
    func refusesNonPins(_ pin: String) {
        #expect(throws: PinError()) { try PinHash(pin: pin, salt: [1], iterations: 1) }
    }

    @Test(arguments: ["", "x", "pbkdf2-sha256$0$00$" + String(repeating: "0", count: 64),
                      "pbkdf2-sha256$5$zz$" + String(repeating: "0", count: 64), "md5$1$00$00",
                      "pbkdf2-sha256$5$00$0000"])
    func refusesMalformedEncodings(_ text: String) {
        #expect(PinHash(encoded: text) == nil)
    }
}
