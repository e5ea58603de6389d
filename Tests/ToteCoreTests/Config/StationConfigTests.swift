import Testing
@testable import ToteCore

@Suite("Station config")
struct StationConfigTests {
    private let file = "config/station.toml"

    private func parse(_ text: String) throws -> StationConfig {
        try StationConfig.parse(text, file: file)
    }

    private func error(_ text: String) -> ConfigError? {
        do {
            _ = try StationConfig.parse(text, file: file)
            return nil
        } catch {
            return error
        }
    }

    @Test func emptyFileGivesDefaults() throws {
        let config = try parse("")
        #expect(config == StationConfig())
        #expect(config.id == "PACK-01")
        #expect(config.packer == "packer")
        #expect(config.spoolDirectory == "spool")
        #expect(config.terminator == .enter)
        #expect(config.hotkeyWindowMilliseconds == 30)
        #expect(config.color == true)
    }

    @Test func shippedStationFileParses() throws {
        let config = try parse(try ConfigTestSupport.shippedConfig("station.toml"))
        #expect(config == StationConfig(id: "PACK-01", packer: "Ana", spoolDirectory: "spool",
                                        terminator: .enter, hotkeyWindowMilliseconds: 30, color: true))
    }

    @Test func everyKeyIsRead() throws {
        let config = try parse("""
            [station]
            id = "pack_7-B"
            packer = "Bo"
            [spool]
            dir = "/var/spool/tote"
            [scanner]
            terminator = "tab"
            hotkey_window_ms = 45
            [display]
            color = false
            """)
        #expect(config == StationConfig(id: "pack_7-B", packer: "Bo", spoolDirectory: "/var/spool/tote",
                                        terminator: .tab, hotkeyWindowMilliseconds: 45, color: false))
    }

    @Test func eachKeyAloneOverridesOnlyItself() throws {
        #expect(try parse("[station]\nid = \"P2\"") == StationConfig(id: "P2"))
        #expect(try parse("[station]\npacker = \"Cy\"") == StationConfig(packer: "Cy"))
        #expect(try parse("[spool]\ndir = \"out\"") == StationConfig(spoolDirectory: "out"))
        #expect(try parse("[scanner]\nterminator = \"tab\"") == StationConfig(terminator: .tab))
        #expect(try parse("[scanner]\nhotkey_window_ms = 1000") == StationConfig(hotkeyWindowMilliseconds: 1000))
        #expect(try parse("[display]\ncolor = false") == StationConfig(color: false))
        // Dotted keys are the same table to TOML, so they work too.
        #expect(try parse("display.color = false") == StationConfig(color: false))
    }

    @Test func unknownKeySuggestsTheClosestKnownKey() throws {
        let e = try #require(error("[scanner]\nterminator = \"enter\"\ntermintor = \"tab\"\n"))
        #expect(e == ConfigError(file: file, line: 3,
                                 reason: "unknown key termintor in [scanner]; did you mean terminator?"))
        #expect(e.description == "config/station.toml:3: unknown key termintor in [scanner]; did you mean terminator?")
        let far = try #require(error("[display]\n\nbrightness = 3"))
        #expect(far.line == 3)
        #expect(far.reason == "unknown key brightness in [display]; known keys are color")
        #expect(error("[station]\nID = \"x\"")?.reason.contains("did you mean id?") == true)
        #expect(error("[scanner]\nhotkey_windw_ms = 5")?.reason.contains("did you mean hotkey_window_ms?") == true)
    }

    @Test func unknownSectionSuggestsTheClosestSection() throws {
        let e = try #require(error("[station]\nid = \"A\"\n[scaner]\nterminator = \"tab\""))
        #expect(e.line == 3)
        #expect(e.reason == "unknown section [scaner]; did you mean [scanner]?")
        let stray = try #require(error("# top\npacker = \"Ana\"\n[station]"))
        #expect(stray.line == 2)
        #expect(stray.reason == "unknown key packer outside any section; it belongs under [station]")
        #expect(error("[printer]")?.reason == "unknown section [printer]; did you mean [printers]?")
        #expect(error("[warehouse]")?.reason.contains("known sections are [station], [spool], [scanner], [display]") == true)
    }

    @Test func wrongTypesAreReportedAtTheirLine() throws {
        #expect(error("[display]\ncolor = \"yes\"") ==
                ConfigError(file: file, line: 2, reason: "color must be true or false (got \"yes\")"))
        #expect(error("[scanner]\n\nhotkey_window_ms = 30.5") ==
                ConfigError(file: file, line: 3, reason: "hotkey_window_ms must be an integer (got 30.5)"))
        #expect(error("[station]\nid = 7") ==
                ConfigError(file: file, line: 2, reason: "id must be a string in quotes (got 7)"))
        #expect(error("[spool]\ndir = [\"a\"]")?.reason == "dir must be a string in quotes (got an array of 1)")
        #expect(error("station = 1")?.reason == "station must be a section written as [station] (got 1)")
        #expect(error("[[scanner]]")?.reason == "scanner must be a section written as [scanner] (got [[scanner]])")
    }

    @Test func badValues() throws {
        let t = try #require(error("[scanner]\nterminator = \"entr\""))
        #expect(t.line == 2)
        #expect(t.reason == "terminator must be \"enter\" or \"tab\" (got \"entr\"); did you mean \"enter\"?")
        #expect(error("[scanner]\nhotkey_window_ms = 0")?.reason.hasPrefix("hotkey_window_ms must be between 1 and 1000 (got 0)") == true)
        #expect(error("[scanner]\nhotkey_window_ms = 1001")?.line == 2)
        #expect(error("[station]\npacker = \"  \"")?.reason.hasPrefix("packer must not be empty") == true)
        #expect(error("[spool]\ndir = \"\"")?.reason.hasPrefix("dir must not be empty") == true)
    }

    @Test(arguments: ["", "PACK 01", "PACK-01-TOO-LONG-X", "PÄCK", "a/b", "tab\there", "PACK.01"])
    func badIDsAreRejected(id: String) throws {
        let text = "[station]\n# the id\nid = \"\(id.replacingTabs)\""
        let e = try #require(error(text))
        #expect(e.line == 3)
        #expect(e.reason.hasPrefix("id must be 1–16 characters of letters, digits, _ or -"), "\(e)")
    }

    @Test(arguments: ["A", "PACK-01", "pack_02", "0123456789abcdef"])
    func goodIDsAreAccepted(id: String) throws {
        #expect(try parse("[station]\nid = \"\(id)\"").id == id)
    }

    @Test func syntaxErrorsPassThroughWithColumn() throws {
        #expect(error("[station]\nid = \"PACK-01") ==
                ConfigError(file: file, line: 2, column: 6,
                            reason: "unterminated string; close it with \" on the same line (use \"\"\" for text over several lines)"))
    }
}

private extension String {
    /// Tabs written as an escape so the test input stays valid TOML syntax.
    var replacingTabs: String { replacing("\t", with: "\\t") }
}

@Suite("Station config: scanner grammar")
struct StationScannerGrammarTests {
    @Test func scannerKeysShapeTheGrammar() throws {
        let config = try StationConfig.parse("""
            [scanner]
            gs_substitute = "~"
            strip_prefixes = ["*"]
            badge_patterns = ["^EMP[0-9]{3}$"]
            """, file: "station.toml")
        #expect(config.scanGrammar.gsSubstitute == "~")
        #expect(config.scanGrammar.stripPrefixes == ["*"])
        let classifier = ScanClassifier(catalog: Catalog(), config: config.scanGrammar)
        #expect(classifier.classify("EMP042") == .badge("EMP042"))
        #expect(classifier.classify("*NEXT") == .command(.next))
    }

    @Test func aBadPatternIsReportedAtItsLine() {
        #expect(throws: ConfigError.self) {
            try StationConfig.parse("[scanner]\n\ntote_patterns = [\"^T[0-9\"]\n", file: "station.toml")
        }
        do {
            _ = try StationConfig.parse("[scanner]\n\ntote_patterns = [\"^T[0-9\"]\n", file: "station.toml")
        } catch {
            #expect(error.line == 3)
            #expect(error.description.contains("tote_patterns"))
        }
    }

    @Test func gsSubstituteMustBeOnePrintableCharacter() {
        #expect(throws: ConfigError.self) { try StationConfig.parse("[scanner]\ngs_substitute = \"ab\"\n", file: "s") }
        #expect(throws: ConfigError.self) { try StationConfig.parse("[scanner]\ngs_substitute = \" \"\n", file: "s") }
    }
}
