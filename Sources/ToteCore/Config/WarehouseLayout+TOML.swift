extension WarehouseLayout {
    private static let layoutKeys = ["name", "aisles", "bays_per_side", "levels",
                                     "bay_width_m", "aisle_spacing_m", "cross_aisle_width_m"]

    /// Parses a warehouse layout file (`[layout]` section) and validates it.
    ///
    /// `name`, `aisles`, `bays_per_side` and `levels` are required; the widths default to
    /// the `init` defaults and accept integers. Problems found by `validate()` are reported
    /// at the line of the key they are about.
    /// - Parameters:
    ///   - text: the file contents.
    ///   - file: the name used in error messages, e.g. `config/warehouse.toml`.
    /// - Throws: `ConfigError`.
    public static func parse(_ text: String, file: String) throws(ConfigError) -> WarehouseLayout {
        let root = try TOMLParser.parse(text, file: file)
        try ConfigSection.checkSections(of: root, file: file, known: ["layout"],
                                        keysBySection: ["layout": layoutKeys])
        let section = try ConfigSection("layout", in: root, file: file)
        try section.checkKeys(layoutKeys)

        let name = try section.required("name", try section.string("name"), example: "\"Demo DC\"")
        guard !name.allSatisfy(\.isWhitespace) else {
            throw section.error("name", "name must not be empty, e.g. name = \"Demo DC\"")
        }
        let aisles = try section.required("aisles", try section.integer("aisles"), example: "12")
        let bays = try section.required("bays_per_side", try section.integer("bays_per_side"), example: "6")
        let levels = try section.required("levels", try section.integer("levels"), example: "2")

        let defaults = WarehouseLayout(name: name, aisleCount: aisles, baysPerSide: bays, levels: levels)
        let layout = WarehouseLayout(
            name: name, aisleCount: aisles, baysPerSide: bays, levels: levels,
            bayWidth: try section.number("bay_width_m") ?? defaults.bayWidth,
            aisleSpacing: try section.number("aisle_spacing_m") ?? defaults.aisleSpacing,
            crossAisleWidth: try section.number("cross_aisle_width_m") ?? defaults.crossAisleWidth)

        // validate() names the key first in each message ("levels must be 1…9 …"); use that to
        // point at the right line, and report the topmost problem so fixes go top-down.
        let located = layout.validate().map { problem in
            let key = problem.prefix { $0 != " " }
            let keyName = layoutKeys.contains(String(key)) ? String(key) : ""
            return (line: section.line(of: keyName), problem: problem)
        }
        if let first = located.min(by: { $0.line < $1.line }) {
            throw ConfigError(file: file, line: first.line, reason: first.problem)
        }
        return layout
    }
}
