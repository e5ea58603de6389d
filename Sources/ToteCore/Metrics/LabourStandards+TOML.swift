extension LabourStandards {
    private static let keys = ["seconds_per_order", "seconds_per_bin", "seconds_per_unit", "seconds_per_metre"]

    /// Parses `config/standards.toml`: one optional `[standards]` section whose keys
    /// (`seconds_per_order`, `seconds_per_bin`, `seconds_per_unit`, `seconds_per_metre`, all
    /// seconds, integers accepted) default to `LabourStandards()`'s values.
    /// - Throws: `ConfigError` at the offending line for unknown keys, wrong types, or values
    ///   that are negative or above 3600.
    public static func parse(_ text: String, file: String) throws(ConfigError) -> LabourStandards {
        let root = try TOMLParser.parse(text, file: file)
        try ConfigSection.checkSections(of: root, file: file, known: ["standards"], keysBySection: ["standards": keys])
        let section = try ConfigSection("standards", in: root, file: file)
        try section.checkKeys(keys)
        let defaults = LabourStandards()
        func seconds(_ key: String, _ fallback: Double) throws(ConfigError) -> Double {
            guard let value = try section.number(key) else { return fallback }
            guard value.isFinite, value >= 0, value <= 3600 else {
                throw section.error(key, "\(key) must be between 0 and 3600 seconds (got \(value))")
            }
            return value
        }
        return LabourStandards(secondsPerOrder: try seconds("seconds_per_order", defaults.secondsPerOrder),
                               secondsPerBin: try seconds("seconds_per_bin", defaults.secondsPerBin),
                               secondsPerUnit: try seconds("seconds_per_unit", defaults.secondsPerUnit),
                               secondsPerMetre: try seconds("seconds_per_metre", defaults.secondsPerMetre))
    }
}
