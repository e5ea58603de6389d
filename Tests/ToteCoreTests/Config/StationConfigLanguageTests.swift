import Testing
@testable import ToteCore

@Suite("Station config: languages")
struct StationConfigLanguageTests {
    private let file = "config/station.toml"

    @Test func stationAndDocumentLanguages() throws {
        let config = try StationConfig.parse("""
            [station]
            language = "ro"

            [documents]
            language = "fr"
            """, file: file)
        #expect(config.language == .ro)
        #expect(config.documentLanguage == .fr)
        #expect(try StationConfig.parse("", file: file).language == nil)
        #expect(try StationConfig.parse("[station]\nlanguage = \"ko_KR\"\n", file: file).language == .ko)
    }

    @Test func unknownLanguageIsALineErrorWithTheChoices() {
        do {
            _ = try StationConfig.parse("[station]\nid = \"PACK-01\"\nlanguage = \"rp\"\n", file: file)
            Issue.record("accepted an unknown language")
        } catch {
            #expect(error.line == 3)
            #expect(error.description == "config/station.toml:3: language must be one of en, ro, fr, sv, ko "
                    + "(got \"rp\"); did you mean \"ro\"?")
        }
        do {
            _ = try StationConfig.parse("[documents]\nlanguage = \"german\"\n", file: file)
            Issue.record("accepted an unknown language")
        } catch {
            #expect(error.line == 2)
            #expect(error.reason.hasPrefix("language must be one of en, ro, fr, sv, ko"))
        }
    }

    @Test func unknownKeyInDocumentsIsRefused() {
        #expect(throws: ConfigError.self) { try StationConfig.parse("[documents]\nlang = \"fr\"\n", file: file) }
    }
}

@Suite("Station config: documents")
struct StationConfigDocumentsTests {
    @Test func followShipToIsABool() throws {
        #expect(try StationConfig.parse("[documents]\nfollow_ship_to = true\n", file: "s.toml").documentsFollowShipTo)
        #expect(try StationConfig.parse("", file: "s.toml").documentsFollowShipTo == false)
        #expect(throws: ConfigError.self) { try StationConfig.parse("[documents]\nfollow_ship_to = \"yes\"\n", file: "s.toml") }
    }
}
