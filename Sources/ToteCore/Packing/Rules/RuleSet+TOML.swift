extension RuleSet {
    static let sections = ["checklist", "regions", "rule"]
    static let ruleKeys = ["name", "description", "priority", "group", "enabled", "when",
                           "insert", "material", "gift_card", "hide_prices", "instruction", "branded_box", "return_label"]
    static let actionKeys: Set<String> = ["insert", "material", "gift_card", "hide_prices", "instruction", "branded_box",
                                          "return_label"]

    /// Parses `config/pack-rules.toml` (the language is described in config/RULES.md).
    /// - Parameters:
    ///   - text: the file contents.
    ///   - file: the name used in error messages.
    /// - Throws: `ConfigError` (`file:line: reason`) for syntax errors, unknown keys, conditions
    ///   or regions (with a suggestion when close), wrong types, bad values, duplicate rule names
    ///   and rules without actions. Stops at the first problem.
    public static func parse(_ text: String, file: String) throws(ConfigError) -> RuleSet {
        let root = try TOMLParser.parse(text, file: file)
        let reader = RuleFileReader(file: file)
        try reader.checkKeys(root, known: sections, in: "the file (sections are [checklist], [regions], [[rule]])")

        var scanOnceFrom = defaultScanOnceFrom
        if let v = root["checklist"] {
            let t = try reader.table(v, "checklist", example: "[checklist] with scan_once_from = 10")
            try reader.checkKeys(t, known: ["scan_once_from"], in: "[checklist]")
            if let x = t["scan_once_from"] { scanOnceFrom = try reader.int(x, "scan_once_from", min: 2) }
        }

        var regions = RegionTable.builtIn
        if let v = root["regions"] {
            let t = try reader.table(v, "regions", example: "[regions] with Nordics = [\"DK\", \"SE\"]")
            for (name, list) in t.entries {
                var set = Set<String>()
                for code in try reader.stringList(list, "region \(name)") {
                    let c = code.packRuleTrimmed.uppercased()
                    guard c.count == 2, c.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
                        throw reader.error(list.line, "region \(name): \"\(code)\" is not an ISO 3166-1 alpha-2 code like SE")
                    }
                    set.insert(c)
                }
                regions[name] = set
            }
        }

        var rules: [PackRule] = []
        if let v = root["rule"] {
            guard let array = v.arrayValue else {
                throw reader.error(v.line, "rules are written [[rule]] (two brackets), one block per rule")
            }
            let conditions = RuleConditionParser(reader: reader, regions: regions)
            var seen: [String: Int] = [:]
            for item in array {
                let t = try reader.table(item, "rule", example: "[[rule]]")
                let rule = try parseRule(t, line: item.line, reader: reader, conditions: conditions)
                if let first = seen[rule.name] {
                    throw reader.error(t["name"]?.line ?? item.line,
                                       "rule name \"\(rule.name)\" is already used by the rule on line \(first); names must be unique")
                }
                seen[rule.name] = item.line
                rules.append(rule)
            }
        }
        return RuleSet(rules: rules, regions: regions, scanOnceFrom: scanOnceFrom)
    }

    private static func parseRule(_ t: TOMLTable, line: Int, reader: RuleFileReader,
                                  conditions: RuleConditionParser) throws(ConfigError) -> PackRule {
        try reader.checkKeys(t, known: ruleKeys, in: "[[rule]]")
        guard let nameValue = t["name"] else {
            throw reader.error(line, "this [[rule]] has no name; add e.g. name = \"welcome-flyer\"")
        }
        let name = try reader.nonEmptyString(nameValue, "name")
        var rule = PackRule(name: name, actions: RuleActions(), line: line)
        if let v = t["priority"] { rule.priority = try reader.int(v, "priority") }
        if let v = t["group"] { rule.group = try reader.nonEmptyString(v, "group") }
        if let v = t["enabled"] { rule.enabled = try reader.bool(v, "enabled") }
        if let v = t["description"] { _ = try reader.string(v, "description") }
        if let v = t["when"] {
            let w = try reader.table(v, "when", example: "when = { gift = true } or a [rule.when] section")
            rule.condition = try conditions.parse(w, line: v.line)
        }
        rule.actions = try parseActions(t, reader: reader)
        guard !rule.actions.isEmpty else {
            throw reader.error(line, "rule \"\(name)\" has no action; add one of " + actionKeys.sorted().joined(separator: ", ")
                               + " (or enabled = false to keep it switched off)")
        }
        return rule
    }

    private static func parseActions(_ t: TOMLTable, reader: RuleFileReader) throws(ConfigError) -> RuleActions {
        var a = RuleActions()
        if let v = t["insert"] {
            for (it, line) in try reader.tables(v, "insert", example: "insert = { name = \"Welcome flyer\", barcode = \"…\" }") {
                a.items.append(try item(it, line: line, kind: .insert, reader: reader))
            }
        }
        if let v = t["material"] {
            if let s = v.stringValue {
                guard let kind = MaterialKind(rawValue: s) else {
                    throw reader.unknown(s, what: "material", among: MaterialKind.allCases.map(\.rawValue), line: v.line)
                }
                a.items.append(InsertAction(kind: .material(kind), name: kind.displayName, verify: .confirm))
            } else {
                for (mt, line) in try reader.tables(v, "material", example: "material = { kind = \"tissue\" }") {
                    guard let k = mt["kind"] else {
                        throw reader.error(line, "material needs kind = one of " + MaterialKind.allCases.map(\.rawValue).joined(separator: ", "))
                    }
                    let kind = MaterialKind(rawValue: try reader.choice(k, "kind", MaterialKind.allCases.map(\.rawValue)))!
                    a.items.append(try item(mt, line: line, kind: .material(kind), reader: reader))
                }
            }
        }
        if let v = t["gift_card"] { a.giftCard = try reader.bool(v, "gift_card") }
        if let v = t["hide_prices"] { a.hidePrices = try reader.bool(v, "hide_prices") }
        if let v = t["instruction"] {
            for s in try reader.stringList(v, "instruction") {
                let text = s.packRuleTrimmed
                guard !text.isEmpty else { throw reader.error(v.line, "instruction must not be empty") }
                a.instructions.append(text)
            }
        }
        if let v = t["branded_box"] { a.brandedBox = try reader.bool(v, "branded_box") }
        if let v = t["return_label"] { a.returnLabel = try reader.nonEmptyString(v, "return_label") }
        return a
    }

    private static func item(_ t: TOMLTable, line: Int, kind: InsertAction.Kind,
                             reader: RuleFileReader) throws(ConfigError) -> InsertAction {
        let what: String
        switch kind {
        case .insert: what = "insert"
        case .material: what = "material"
        }
        var known = ["name", "barcode", "quantity", "verify", "weight_g"]
        if case .material = kind { known.append("kind") }
        try reader.checkKeys(t, known: known, in: what)
        let name: String
        if let v = t["name"] {
            name = try reader.nonEmptyString(v, "name")
        } else if case .material(let m) = kind {
            name = m.displayName
        } else {
            throw reader.error(line, "insert needs a name, e.g. name = \"Welcome flyer\"")
        }
        var result = InsertAction(kind: kind, name: name)
        if let v = t["barcode"] { result.barcode = try reader.nonEmptyString(v, "barcode") }
        if let v = t["quantity"] { result.quantity = try reader.int(v, "quantity", min: 1) }
        if let v = t["weight_g"] { result.weightGrams = try reader.int(v, "weight_g", min: 0) }
        if let v = t["verify"] {
            result.verify = VerifyMode(rawValue: try reader.choice(v, "verify", VerifyMode.allCases.map(\.rawValue)))!
            if result.verify == .scan && result.barcode == nil {
                throw reader.error(v.line, "\(what) \"\(name)\" is verified by scan but has no barcode; add barcode = \"…\" or write verify = \"confirm\"")
            }
        } else {
            // Scan when there is something to scan; otherwise a confirm key press.
            result.verify = result.barcode == nil ? .confirm : .scan
        }
        return result
    }
}
