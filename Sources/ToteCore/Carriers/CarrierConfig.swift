/// The parsed `config/carriers.toml`: carriers, their services, the delivery promise per
/// service level and the carton SSCC source.
public struct CarrierConfig: Equatable, Sendable {
    /// Carrier code (upper case) → carrier.
    public var carriers: [String: Carrier]
    /// Most business days in transit each service level promises (standard 5, express 2, overnight 1).
    public var promisedTransitDays: [ServiceLevel: Int]
    /// Nil when the file has no `[sscc]` section: labels then carry no SSCC.
    public var sscc: SSCCConfig?
    /// The warehouse's offset from UTC, seconds, for cutoff times (e.g. 3600 for CET).
    public var utcOffsetSeconds: Int

    public init(carriers: [String: Carrier] = [:],
                promisedTransitDays: [ServiceLevel: Int] = [.standard: 5, .express: 2, .overnight: 1],
                sscc: SSCCConfig? = nil, utcOffsetSeconds: Int = 0) {
        self.carriers = carriers
        self.promisedTransitDays = promisedTransitDays
        self.sscc = sscc
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    public func carrier(_ code: String) -> Carrier? { carriers[code.uppercased()] }

    static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// Parses `config/carriers.toml` (see the comments in that file for every key).
    /// - Throws: `ConfigError` (`file:line: reason`) for syntax errors, unknown keys, bad
    ///   accounts, serial ranges, cutoffs (`"HH:MM"`), zones and rate tables.
    public static func parse(_ text: String, file: String) throws(ConfigError) -> CarrierConfig {
        let root = try TOMLParser.parse(text, file: file)
        let r = RuleFileReader(file: file)
        try r.checkKeys(root, known: ["warehouse", "promise", "sscc", "carriers"],
                        in: "the file (sections are [warehouse], [promise], [sscc], [carriers.CODE])")
        var config = CarrierConfig()
        if let v = root["warehouse"] {
            let t = try r.table(v, "warehouse", example: "[warehouse] with utc_offset_minutes = 60")
            try r.checkKeys(t, known: ["utc_offset_minutes"], in: "[warehouse]")
            if let x = t["utc_offset_minutes"] {
                let m = try r.int(x, "utc_offset_minutes")
                guard (-14 * 60...14 * 60).contains(m) else { throw r.error(x.line, "utc_offset_minutes must be between -840 and 840 (got \(m))") }
                config.utcOffsetSeconds = m * 60
            }
        }
        if let v = root["promise"] {
            let t = try r.table(v, "promise", example: "[promise] with standard = 5")
            try r.checkKeys(t, known: ServiceLevel.allCases.map(\.rawValue), in: "[promise]")
            for level in ServiceLevel.allCases {
                if let x = t[level.rawValue] { config.promisedTransitDays[level] = try r.int(x, level.rawValue, min: 1) }
            }
        }
        if let v = root["sscc"] { config.sscc = try parseSSCC(v, r) }
        if let v = root["carriers"] {
            let t = try r.table(v, "carriers", example: "[carriers.UPS]")
            for (code, value) in t.entries {
                let carrier = try CarrierConfigReader(r: r).carrier(code: code, value)
                config.carriers[carrier.code] = carrier
            }
        }
        return config
    }

    private static func parseSSCC(_ v: TOMLValue, _ r: RuleFileReader) throws(ConfigError) -> SSCCConfig {
        let t = try r.table(v, "sscc", example: "[sscc] with company_prefix = \"0614141\"")
        try r.checkKeys(t, known: ["company_prefix", "extension", "serial_start", "serial_end"], in: "[sscc]")
        guard let p = t["company_prefix"] else { throw r.error(v.line, "[sscc] needs company_prefix, e.g. company_prefix = \"0614141\"") }
        let prefix = try r.string(p, "company_prefix")
        guard (7...10).contains(prefix.utf8.count), prefix.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
            throw r.error(p.line, "company_prefix must be your 7–10 digit GS1 company prefix (got \(p.snippet))")
        }
        let ext = try t["extension"].map { (x) throws(ConfigError) in try r.int(x, "extension", min: 0) } ?? 0
        guard ext <= 9 else { throw r.error(t["extension"]!.line, "extension must be one digit 0–9 (got \(ext))") }
        let maxSerial = TrackingFormat.sscc.maxSerial(account: String(ext) + prefix)
        let range = try CarrierConfigReader(r: r).serialRange(t, at: v.line, max: maxSerial)
        return SSCCConfig(extensionDigit: ext, companyPrefix: prefix, serialRange: range)
    }
}
