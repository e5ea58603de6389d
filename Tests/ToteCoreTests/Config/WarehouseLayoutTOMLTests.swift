import Testing
@testable import ToteCore

@Suite("Warehouse layout config")
struct WarehouseLayoutTOMLTests {
    private let file = "config/warehouse.toml"

    private func error(_ text: String) -> ConfigError? {
        do {
            _ = try WarehouseLayout.parse(text, file: file)
            return nil
        } catch {
            return error
        }
    }

    private let minimal = """
        [layout]
        name = "Demo DC"
        aisles = 12
        bays_per_side = 6
        levels = 2
        """

    @Test func shippedWarehouseFileHas288Bins() throws {
        let layout = try WarehouseLayout.parse(try ConfigTestSupport.shippedConfig("warehouse.toml"), file: file)
        #expect(layout == WarehouseLayout(name: "Demo DC", aisleCount: 12, baysPerSide: 6, levels: 2,
                                          bayWidth: 1.2, aisleSpacing: 3.0, crossAisleWidth: 2.0))
        #expect(layout.binCount == 288)
        let bins = layout.allBins
        #expect(bins.count == 288)
        #expect(Set(bins).count == 288)
        #expect(bins.first?.code == "A01-A-01-1")
        #expect(bins.last?.code == "A12-B-06-2")
        #expect(layout.validate().isEmpty)
    }

    @Test func widthsDefaultAndAcceptIntegers() throws {
        let defaulted = try WarehouseLayout.parse(minimal, file: file)
        #expect(defaulted == WarehouseLayout(name: "Demo DC", aisleCount: 12, baysPerSide: 6, levels: 2))
        let custom = try WarehouseLayout.parse(minimal + "\nbay_width_m = 1\naisle_spacing_m = 2.5\ncross_aisle_width_m = 4",
                                               file: file)
        #expect(custom.bayWidth == 1.0)
        #expect(custom.aisleSpacing == 2.5)
        #expect(custom.crossAisleWidth == 4.0)
    }

    @Test func wrongTypeReportsKeyLineAndValue() throws {
        let text = minimal.replacing("bays_per_side = 6", with: "bays_per_side = \"six\"")
        let e = try #require(error("# header\n\n" + text))
        #expect(e.description == "config/warehouse.toml:6: bays_per_side must be an integer (got \"six\")")
        #expect(error(minimal.replacing("aisles = 12", with: "aisles = 12.0"))?.reason
                == "aisles must be an integer (got 12.0)")
        #expect(error(minimal + "\nbay_width_m = \"wide\"")?.reason == "bay_width_m must be a number (got \"wide\")")
    }

    @Test func validationProblemsPointAtTheOffendingKey() throws {
        let shipped = try ConfigTestSupport.shippedConfig("warehouse.toml")
        let broken = shipped.replacing("levels = 2", with: "levels = 0")
        let e = try #require(error(broken))
        #expect(e.line == ConfigTestSupport.line(of: "levels = 0", in: broken))
        #expect(e.reason == "levels must be 1…9 (got 0)")

        let width = try #require(error(shipped.replacing("aisle_spacing_m = 3.0", with: "aisle_spacing_m = -3")))
        #expect(width.line == ConfigTestSupport.line(of: "aisle_spacing_m = -3", in: shipped.replacing("aisle_spacing_m = 3.0", with: "aisle_spacing_m = -3")))
        #expect(width.reason == "aisle_spacing_m must be positive")
    }

    @Test func topmostValidationProblemIsReported() throws {
        // Both values are invalid; the admin fixes files top-down, so the first line wins.
        let text = "[layout]\nname = \"x\"\nlevels = 10\naisles = 100\nbays_per_side = 6\n"
        #expect(error(text) == ConfigError(file: file, line: 3, reason: "levels must be 1…9 (got 10)"))
    }

    @Test func missingRequiredKeys() throws {
        let noLevels = minimal.replacing("levels = 2", with: "")
        #expect(error(noLevels) == ConfigError(file: file, line: 1,
                                               reason: "missing required key levels; add it under [layout], e.g. levels = 2"))
        #expect(error("# empty\n")?.reason == "missing required key name; add a [layout] section with name = \"Demo DC\"")
        #expect(error("\n[layout]\nname = \"x\"")?.line == 2)
        #expect(error("[layout]\nname = \" \"\naisles = 1\nbays_per_side = 1\nlevels = 1")?.line == 2)
    }

    @Test func unknownKeysAndSections() throws {
        let e = try #require(error(minimal.replacing("aisles = 12", with: "aisle = 12")))
        #expect(e.line == 3)
        #expect(e.reason == "unknown key aisle in [layout]; did you mean aisles?")
        #expect(error(minimal + "\n[layuot]")?.reason == "unknown section [layuot]; did you mean [layout]?")
        #expect(error("levels = 2\n" + minimal)?.reason == "unknown key levels outside any section; it belongs under [layout]")
    }
}
