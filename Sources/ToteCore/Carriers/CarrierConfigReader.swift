/// Reads one `[carriers.CODE]` section and its `[[carriers.CODE.service]]` blocks.
struct CarrierConfigReader {
    let r: RuleFileReader

    static let carrierKeys = ["name", "format", "account", "serial_start", "serial_end", "zones", "service"]
    static let serviceKeys = ["id", "name", "code", "transit_days", "cutoff", "rates"]

    func carrier(code rawCode: String, _ v: TOMLValue) throws(ConfigError) -> Carrier {
        let code = rawCode.uppercased()
        let t = try r.table(v, "carriers.\(rawCode)", example: "[carriers.\(code)]")
        try r.checkKeys(t, known: Self.carrierKeys, in: "[carriers.\(rawCode)]")
        func need(_ key: String, _ example: String) throws(ConfigError) -> TOMLValue {
            guard let x = t[key] else { throw r.error(v.line, "[carriers.\(rawCode)] has no \(key); add e.g. \(key) = \(example)") }
            return x
        }
        let name = try t["name"].map { (x) throws(ConfigError) in try r.nonEmptyString(x, "name") } ?? code
        let formatValue = try need("format", "\"ups\"")
        let format = TrackingFormat(rawValue: try r.choice(formatValue, "format", TrackingFormat.allCases.map(\.rawValue)))!
        let accountValue = try need("account", "\"999AA1\"")
        let account = try r.string(accountValue, "account")
        if let problem = format.accountProblem(account) {
            throw r.error(accountValue.line, "account \(accountValue.snippet) does not suit format \"\(format.rawValue)\": \(problem)")
        }
        let range = try serialRange(t, at: v.line, max: format.maxSerial(account: account))
        var zones: [String: Int] = [:]
        let zonesValue = try need("zones", "{ US = 1, \"*\" = 2 }")
        let zt = try r.table(zonesValue, "zones", example: "zones = { US = 1, \"*\" = 2 }")
        for (country, z) in zt.entries {
            guard country == "*" || (country.utf8.count == 2 && country.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 })) else {
                throw r.error(z.line, "zones keys are 2-letter ISO country codes in capitals or \"*\" (got \"\(country)\")")
            }
            zones[country] = try r.int(z, "zones.\(country)", min: 1)
        }
        let serviceValue = try need("service", "[[carriers.\(code).service]] blocks")
        var services: [CarrierServiceOption] = []
        for (st, line) in try r.tables(serviceValue, "service", example: "[[carriers.\(code).service]]") {
            let s = try service(st, line: line, format: format, carrier: code)
            if services.contains(where: { $0.id == s.id }) { throw r.error(line, "service id \"\(s.id)\" is used twice in [carriers.\(code)]") }
            for band in s.rates.bands {
                for zone in Set(zones.values) where zone > band.pricesByZone.count {
                    throw r.error(st["rates"]?.line ?? line, "rates of \(code) \(s.id) have \(band.pricesByZone.count) zone columns but zones uses zone \(zone)")
                }
            }
            services.append(s)
        }
        return Carrier(code: code, name: name, format: format, account: account, serialRange: range, zones: zones, services: services)
    }

    func service(_ t: TOMLTable, line: Int, format: TrackingFormat, carrier: String) throws(ConfigError) -> CarrierServiceOption {
        try r.checkKeys(t, known: Self.serviceKeys, in: "[[carriers.\(carrier).service]]")
        func need(_ key: String, _ example: String) throws(ConfigError) -> TOMLValue {
            guard let x = t[key] else { throw r.error(line, "this [[carriers.\(carrier).service]] has no \(key); add e.g. \(key) = \(example)") }
            return x
        }
        let id = try r.nonEmptyString(try need("id", "\"GROUND\""), "id").uppercased()
        let name = try t["name"].map { (x) throws(ConfigError) in try r.nonEmptyString(x, "name") } ?? id
        var code = ""
        if let c = t["code"] { code = try r.string(c, "code") }
        if let problem = format.serviceCodeProblem(code) {
            throw r.error(t["code"]?.line ?? line, "service \(id): code \"\(code)\" does not suit format \"\(format.rawValue)\": \(problem)")
        }
        let transit = try r.int(try need("transit_days", "3"), "transit_days", min: 0)
        let cutoffValue = try need("cutoff", "{ mon = \"17:00\", tue = \"17:00\" }")
        let ct = try r.table(cutoffValue, "cutoff", example: "cutoff = { mon = \"17:00\" }")
        try r.checkKeys(ct, known: CarrierConfig.weekdays, in: "cutoff")
        var cutoffs = [Int?](repeating: nil, count: 7)
        for (i, day) in CarrierConfig.weekdays.enumerated() {
            guard let x = ct[day] else { continue }
            let s = try r.string(x, "cutoff.\(day)")
            guard let minutes = Self.minutes(s) else {
                throw r.error(x.line, "cutoff.\(day) must be a 24-hour time \"HH:MM\", e.g. \"17:30\" (got \(x.snippet))")
            }
            cutoffs[i] = minutes
        }
        guard cutoffs.contains(where: { $0 != nil }) else { throw r.error(cutoffValue.line, "service \(id) has no pickup day; give at least one cutoff, e.g. mon = \"17:00\"") }
        let ratesValue = try need("rates", "[[1000, 850, 990], [5000, 1250, 1490]]")
        guard let rows = ratesValue.arrayValue, !rows.isEmpty else {
            throw r.error(ratesValue.line, "rates must be rows [max_grams, zone 1 price, zone 2 price, …] in cents, e.g. [[1000, 850, 990]]")
        }
        var bands: [RateTable.Band] = []
        for row in rows {
            guard let cells = row.arrayValue, cells.count >= 2 else {
                throw r.error(row.line, "each rate row is [max_grams, zone 1 price, …] with at least one price (got \(row.snippet))")
            }
            var numbers: [Int] = []
            for c in cells { numbers.append(try r.int(c, "rates", min: 0)) }
            if let previous = bands.last, numbers[0] <= previous.maxGrams {
                throw r.error(row.line, "rate rows must go from light to heavy: \(numbers[0]) g comes after \(previous.maxGrams) g")
            }
            if let previous = bands.last, previous.pricesByZone.count != numbers.count - 1 {
                throw r.error(row.line, "every rate row needs the same number of zone prices (\(previous.pricesByZone.count)); this one has \(numbers.count - 1)")
            }
            bands.append(RateTable.Band(maxGrams: numbers[0], pricesByZone: Array(numbers.dropFirst())))
        }
        return CarrierServiceOption(id: id, name: name, code: code, transitDays: transit, cutoffs: cutoffs, rates: RateTable(bands: bands))
    }

    func serialRange(_ t: TOMLTable, at line: Int, max: Int64) throws(ConfigError) -> ClosedRange<Int64> {
        let start = try t["serial_start"].map { (x) throws(ConfigError) in Int64(try r.int(x, "serial_start", min: 0)) } ?? 1
        let endValue = t["serial_end"]
        let end = try endValue.map { (x) throws(ConfigError) in Int64(try r.int(x, "serial_end", min: 0)) } ?? max
        guard start <= end else { throw r.error(endValue?.line ?? line, "serial_end (\(end)) must not be below serial_start (\(start))") }
        guard end <= max else { throw r.error(endValue?.line ?? line, "serial_end \(end) is too large for this format; at most \(max)") }
        return start...end
    }

    /// `"HH:MM"` → minutes after midnight.
    static func minutes(_ s: String) -> Int? {
        let parts = s.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m) else { return nil }
        return h * 60 + m
    }
}
