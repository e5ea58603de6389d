extension WarehouseLayout {
    private static let layoutKeys = ["name", "aisles", "bays_per_side", "levels",
                                     "bay_width_m", "aisle_spacing_m", "cross_aisle_width_m",
                                     "bays_per_block", "aisle_width_m", "level_cost_m"]
    private static let depotKeys = ["cross_aisle", "aisle", "offset_m"]

    /// Parses a warehouse layout file and validates it.
    ///
    /// `[layout]`: `name`, `aisles`, `bays_per_side` and `levels` are required; the widths
    /// default to the `init` defaults and accept integers; `bays_per_block` (array, front block
    /// first) defaults to one block; `aisle_width_m` is optional; `level_cost_m` defaults to 0.
    /// `[depots]` (optional): `NAME = { cross_aisle = 0, aisle = 1, offset_m = 0.0 }`, one line per
    /// pack station, in file order; default one depot on the front cross aisle at aisle 1.
    /// `[zones]` (optional): `NAME = [first_aisle, last_aisle]`.
    /// Problems found by `validate()` are reported at the line of the key they are about.
    /// - Parameters:
    ///   - text: the file contents.
    ///   - file: the name used in error messages, e.g. `config/warehouse.toml`.
    /// - Throws: `ConfigError`.
    public static func parse(_ text: String, file: String) throws(ConfigError) -> WarehouseLayout {
        let root = try TOMLParser.parse(text, file: file)
        try ConfigSection.checkSections(of: root, file: file, known: ["layout", "depots", "zones"],
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
        var layout = WarehouseLayout(
            name: name, aisleCount: aisles, baysPerSide: bays, levels: levels,
            bayWidth: try section.number("bay_width_m") ?? defaults.bayWidth,
            aisleSpacing: try section.number("aisle_spacing_m") ?? defaults.aisleSpacing,
            crossAisleWidth: try section.number("cross_aisle_width_m") ?? defaults.crossAisleWidth,
            baysPerBlock: try integers("bays_per_block", in: section),
            aisleWidth: try section.number("aisle_width_m"),
            levelCost: try section.number("level_cost_m") ?? 0)

        let depotSection = try ConfigSection("depots", in: root, file: file)
        let zoneSection = try ConfigSection("zones", in: root, file: file)
        if depotSection.isPresent {
            layout.depots = try parseDepots(depotSection, aisleSpacing: layout.aisleSpacing)
        }
        layout.zones = try parseZones(zoneSection)

        // validate() names the key first in each message ("levels must be 1…9 …"); use that to
        // point at the right line, and report the topmost problem so fixes go top-down.
        let located = layout.validate().map { problem in
            let key = String(problem.prefix { $0 != " " && $0 != ":" })
            let line: Int
            if layoutKeys.contains(key) {
                line = section.line(of: key)
            } else if key == "depots" {
                let named = layout.depots.first { problem.hasPrefix("depots: \($0.name) ") }
                line = named.map { depotSection.line(of: $0.name) } ?? depotSection.line
            } else if key == "zones" {
                let named = layout.zones.first { problem.hasPrefix("zones: \($0.name) ") }
                line = named.map { zoneSection.line(of: $0.name) } ?? zoneSection.line
            } else {
                line = section.line(of: "")
            }
            return (line: line, problem: problem)
        }
        if let first = located.min(by: { $0.line < $1.line }) {
            throw ConfigError(file: file, line: first.line, reason: first.problem)
        }
        return layout
    }

    private static func integers(_ key: String, in section: ConfigSection) throws(ConfigError) -> [Int]? {
        guard let value = section.table[key] else { return nil }
        guard let items = value.arrayValue else {
            throw section.error(key, "\(key) must be an array of integers, e.g. \(key) = [15, 15] (got \(value.snippet))")
        }
        var out: [Int] = []
        for item in items {
            guard let n = item.integerValue else {
                throw ConfigError(file: section.file, line: item.line,
                                  reason: "\(key) must hold integers only (got \(item.snippet))")
            }
            out.append(n)
        }
        return out
    }

    private static func parseDepots(_ section: ConfigSection, aisleSpacing: Double) throws(ConfigError) -> [Depot] {
        var depots: [Depot] = []
        for (name, value) in section.table.entries {
            guard let table = value.tableValue else {
                throw ConfigError(file: section.file, line: value.line, reason:
                    "depots: \(name) must be a table, e.g. \(name) = { cross_aisle = 0, aisle = 1 } (got \(value.snippet))")
            }
            _ = table
            let entry = try ConfigSection("depots.\(name)", in: TOMLTable([("depots.\(name)", value)]),
                                          file: section.file)
            try entry.checkKeys(depotKeys)
            let cross = try entry.integer("cross_aisle") ?? 0
            let aisle = try entry.integer("aisle") ?? 1
            let offset = try entry.number("offset_m") ?? 0
            depots.append(Depot(name: name, crossAisle: cross, offset: Double(aisle - 1) * aisleSpacing + offset))
        }
        return depots
    }

    private static func parseZones(_ section: ConfigSection) throws(ConfigError) -> [WarehouseZone] {
        var zones: [WarehouseZone] = []
        for (name, value) in section.table.entries {
            guard let items = value.arrayValue, items.count == 2,
                  let first = items[0].integerValue, let last = items[1].integerValue, first <= last else {
                throw ConfigError(file: section.file, line: value.line, reason:
                    "zones: \(name) must be [first_aisle, last_aisle], e.g. \(name) = [1, 4] (got \(value.snippet))")
            }
            zones.append(WarehouseZone(name: name, aisles: first...last))
        }
        return zones
    }
}
