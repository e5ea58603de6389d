/// Built-in regions for `region = …` conditions. A `[regions]` entry in the rule file with the
/// same name replaces the built-in one.
public enum RegionTable {
    /// The 27 EU member states (2026).
    public static let eu: Set<String> = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU",
                                         "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"]

    public static let builtIn: [String: Set<String>] = [
        "EU": eu,
        "EEA": eu.union(["IS", "LI", "NO"]),
        "Nordics": ["DK", "FI", "IS", "NO", "SE"],
        "DACH": ["DE", "AT", "CH"],
        "Benelux": ["BE", "NL", "LU"],
        "Baltics": ["EE", "LV", "LT"],
        "UK": ["GB"],
        "NorthAmerica": ["US", "CA", "MX"],
    ]
}
