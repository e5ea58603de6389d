import Testing
@testable import ToteCore

@Suite("Station config: [picking]")
struct StationConfigPickingTests {
    private let file = "config/station.toml"

    private func error(_ text: String) -> ConfigError? {
        do {
            _ = try StationConfig.parse(text, file: file)
            return nil
        } catch {
            return error
        }
    }

    @Test func shortPickDefaultsToException() throws {
        #expect(try StationConfig.parse("", file: file).shortPickMode == .exception)
        #expect(try StationConfig.parse(ConfigTestSupport.shippedConfig("station.toml"), file: file).shortPickMode
                == .exception)
    }

    @Test func shortPickReadsBothModes() throws {
        #expect(try StationConfig.parse("[picking]\nshort_pick = \"partial\"", file: file).shortPickMode == .partial)
        #expect(try StationConfig.parse("[picking]\nshort_pick = \"exception\"", file: file).shortPickMode == .exception)
    }

    @Test func badShortPickValueNamesTheLineAndTheChoices() throws {
        let e = try #require(error("[station]\nid = \"P1\"\n\n[picking]\nshort_pick = \"partal\"\n"))
        #expect(e.line == 5)
        #expect(e.reason == "short_pick must be \"exception\" or \"partial\" (got \"partal\"); did you mean \"partial\"?")
        let n = try #require(error("[picking]\nshort_pick = 2"))
        #expect(n.line == 2)
        #expect(n.reason == "short_pick must be a string in quotes (got 2)")
        let far = try #require(error("[picking]\nshort_pick = \"ship it anyway\""))
        #expect(far.reason == "short_pick must be \"exception\" or \"partial\" (got \"ship it anyway\")")
    }

    @Test func unknownPickingKeyIsRefused() throws {
        let e = try #require(error("[picking]\nshortpick = \"partial\""))
        #expect(e.line == 2)
        #expect(e.reason == "unknown key shortpick in [picking]; did you mean short_pick?")
    }
}
