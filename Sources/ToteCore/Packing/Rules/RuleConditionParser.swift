/// Reads a rule's `when` table into a `RuleCondition`.
///
/// Every key of a table must hold (an implicit `all`); `any = [{…}, {…}]`, `all = [{…}]` and
/// `not = {…}` nest. Set-valued keys take a string or a list and hold when any value matches.
struct RuleConditionParser {
    let reader: RuleFileReader
    let regions: [String: Set<String>]

    static let keys = ["all", "any", "not", "channel", "order_tag", "customer_tag", "sku_tag", "sku", "first_order",
                       "total", "units", "lines", "gift", "country", "region", "service", "date", "weekday"]

    /// Nested `any`/`all`/`not` deeper than this is refused: no real rule needs it.
    static let maximumDepth = 16

    func parse(_ table: TOMLTable, line: Int, depth: Int = 0) throws(ConfigError) -> RuleCondition {
        guard depth <= Self.maximumDepth else {
            throw reader.error(line, "conditions are nested more than \(Self.maximumDepth) deep; simplify the rule")
        }
        var parts: [RuleCondition] = []
        for (key, v) in table.entries { parts.append(try leaf(key, v, depth: depth)) }
        if parts.isEmpty { throw reader.error(line, "empty condition {}; remove it, or list a condition such as gift = true") }
        return parts.count == 1 ? parts[0] : .all(parts)
    }

    private func lower(_ v: TOMLValue, _ key: String) throws(ConfigError) -> Set<String> {
        var out = Set<String>()
        for s in try reader.stringList(v, key) {
            let t = s.packRuleTrimmed.lowercased()
            guard !t.isEmpty else { throw reader.error(v.line, "\(key) has an empty value") }
            out.insert(t)
        }
        return out
    }

    private func range(_ v: TOMLValue, _ key: String, example: String) throws(ConfigError) -> IntRange {
        if let i = v.integerValue { return IntRange(min: i, max: i) }
        let t = try reader.table(v, key, example: example)
        try reader.checkKeys(t, known: ["min", "max"], in: key)
        let r = IntRange(min: try t["min"].map { (x) throws(ConfigError) in try reader.int(x, "\(key).min") },
                         max: try t["max"].map { (x) throws(ConfigError) in try reader.int(x, "\(key).max") })
        try check(r, v, key, example: example)
        return r
    }

    private func check(_ r: IntRange, _ v: TOMLValue, _ key: String, example: String) throws(ConfigError) {
        if r.min == nil && r.max == nil { throw reader.error(v.line, "\(key) needs min, max or both, e.g. \(example)") }
        if let lo = r.min, let hi = r.max, lo > hi { throw reader.error(v.line, "\(key): min \(lo) is more than max \(hi)") }
    }

    private func subConditions(_ v: TOMLValue, _ key: String, depth: Int) throws(ConfigError) -> [RuleCondition] {
        guard let a = v.arrayValue, !a.isEmpty else {
            throw reader.error(v.line, "\(key) must be a non-empty list of conditions, e.g. \(key) = [{ gift = true }, { order_tag = \"vip\" }]")
        }
        var out: [RuleCondition] = []
        for item in a {
            let t = try reader.table(item, key, example: "{ gift = true }")
            out.append(try parse(t, line: item.line, depth: depth + 1))
        }
        return out
    }

    private func leaf(_ key: String, _ v: TOMLValue, depth: Int) throws(ConfigError) -> RuleCondition {
        switch key {
        case "all": return .all(try subConditions(v, key, depth: depth))
        case "any": return .any(try subConditions(v, key, depth: depth))
        case "not":
            let t = try reader.table(v, key, example: "not = { country = \"US\" }")
            return .not(try parse(t, line: v.line, depth: depth + 1))
        case "channel": return .channel(try lower(v, key))
        case "order_tag": return .orderTag(try lower(v, key))
        case "customer_tag": return .customerTag(try lower(v, key))
        case "sku_tag": return .skuTag(try lower(v, key))
        case "sku": return .sku(Set(try reader.stringList(v, key).map(\.packRuleTrimmed)))
        case "first_order": return .firstOrder(try reader.bool(v, key))
        case "gift": return .gift(try reader.bool(v, key))
        case "units": return .units(try range(v, key, example: "units = { min = 5 }"))
        case "lines": return .lines(try range(v, key, example: "lines = { min = 2, max = 4 }"))
        case "total":
            // Written in major units (100 or 99.50) because that is how shops show prices.
            let example = "total = { min = 100.00 }"
            let t = try reader.table(v, key, example: example)
            try reader.checkKeys(t, known: ["min", "max"], in: key)
            func minor(_ x: TOMLValue?) throws(ConfigError) -> Int? {
                guard let x else { return nil }
                let d = try reader.number(x, "total")
                guard d.isFinite, abs(d) < 1e12 else { throw reader.error(x.line, "total \(x.snippet) is out of range") }
                return Int((d * 100).rounded())
            }
            let r = IntRange(min: try minor(t["min"]), max: try minor(t["max"]))
            try check(r, v, key, example: example)
            return .totalMinor(r)
        case "country":
            var out = Set<String>()
            for s in try reader.stringList(v, key) {
                let c = s.packRuleTrimmed.uppercased()
                guard c.count == 2, c.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
                    throw reader.error(v.line, "country \"\(s)\" is not an ISO 3166-1 alpha-2 code like SE or DE")
                }
                out.insert(c)
            }
            return .country(out)
        case "region":
            let names = try reader.stringList(v, key)
            var countries = Set<String>()
            for name in names {
                guard let set = regions[name] else {
                    throw reader.unknown(name, what: "region", among: regions.keys.sorted(), line: v.line)
                }
                countries.formUnion(set)
            }
            return .region(names: names, countries: countries)
        case "service":
            var out = Set<ServiceLevel>()
            for s in try reader.stringList(v, key) {
                guard let level = ServiceLevel(rawValue: s.lowercased()) else {
                    throw reader.unknown(s, what: "service", among: ServiceLevel.allCases.map(\.rawValue), line: v.line)
                }
                out.insert(level)
            }
            return .service(out)
        case "weekday":
            var out = Set<Weekday>()
            for s in try reader.stringList(v, key) {
                guard let d = Weekday(rawValue: String(s.lowercased().prefix(3))),
                      s.count == 3 || Self.fullNames.contains(s.lowercased()) else {
                    throw reader.unknown(s, what: "weekday", among: Weekday.allCases.map(\.rawValue), line: v.line)
                }
                out.insert(d)
            }
            return .weekday(out)
        case "date":
            let example = "date = { from = \"2026-11-27\", to = \"2026-11-30\" }"
            let t = try reader.table(v, key, example: example)
            try reader.checkKeys(t, known: ["from", "to"], in: "date")
            func day(_ k: String) throws(ConfigError) -> CalendarDay? {
                guard let x = t[k] else { return nil }
                let s = try reader.string(x, "date.\(k)")
                guard let d = CalendarDay(iso: s) else {
                    throw reader.error(x.line, "date.\(k) \"\(s)\" is not a date written YYYY-MM-DD (e.g. 2026-11-27)")
                }
                return d
            }
            let from = try day("from") ?? CalendarDay(daysSince1970: Int.min / 2)
            let to = try day("to") ?? CalendarDay(daysSince1970: Int.max / 2)
            if t["from"] == nil && t["to"] == nil { throw reader.error(v.line, "date needs from, to or both, e.g. \(example)") }
            if from > to { throw reader.error(v.line, "date window ends (\(to)) before it starts (\(from))") }
            return .dateWindow(from: from, to: to)
        case "brand":
            throw reader.error(v.line, "brands are told apart by their shop channel; write channel = \"…\" instead of brand")
        default:
            throw reader.unknown(key, what: "condition", among: Self.keys, line: v.line)
        }
    }

    static let fullNames: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
}
