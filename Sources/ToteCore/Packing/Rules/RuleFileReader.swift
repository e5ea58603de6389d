/// Typed reads of TOML values with `file:line: reason` errors and did-you-mean suggestions,
/// shared by the pack-rules and cartons parsers.
struct RuleFileReader {
    let file: String

    func error(_ line: Int, _ reason: String) -> ConfigError { ConfigError(file: file, line: line, reason: reason) }

    func string(_ v: TOMLValue, _ key: String) throws(ConfigError) -> String {
        guard let s = v.stringValue else { throw error(v.line, "\(key) must be a string in quotes (got \(v.snippet))") }
        return s
    }

    func nonEmptyString(_ v: TOMLValue, _ key: String) throws(ConfigError) -> String {
        let s = try string(v, key).packRuleTrimmed
        guard !s.isEmpty else { throw error(v.line, "\(key) must not be empty") }
        return s
    }

    /// `"a"` or `["a", "b"]`; at least one entry.
    func stringList(_ v: TOMLValue, _ key: String) throws(ConfigError) -> [String] {
        if let s = v.stringValue { return [s] }
        guard let a = v.arrayValue else {
            throw error(v.line, "\(key) must be a string or a list of strings, e.g. \(key) = [\"a\", \"b\"] (got \(v.snippet))")
        }
        guard !a.isEmpty else { throw error(v.line, "\(key) is an empty list, which can never match; list at least one value") }
        var out: [String] = []
        for item in a { out.append(try string(item, key)) }
        return out
    }

    func int(_ v: TOMLValue, _ key: String, min: Int? = nil) throws(ConfigError) -> Int {
        guard let i = v.integerValue else { throw error(v.line, "\(key) must be an integer (got \(v.snippet))") }
        if let min, i < min { throw error(v.line, "\(key) must be at least \(min) (got \(i))") }
        return i
    }

    func number(_ v: TOMLValue, _ key: String) throws(ConfigError) -> Double {
        guard let d = v.doubleValue else { throw error(v.line, "\(key) must be a number (got \(v.snippet))") }
        return d
    }

    func bool(_ v: TOMLValue, _ key: String) throws(ConfigError) -> Bool {
        guard let b = v.boolValue else { throw error(v.line, "\(key) must be true or false (got \(v.snippet))") }
        return b
    }

    func table(_ v: TOMLValue, _ key: String, example: String) throws(ConfigError) -> TOMLTable {
        guard let t = v.tableValue else { throw error(v.line, "\(key) must be a table, e.g. \(example) (got \(v.snippet))") }
        return t
    }

    /// One of `choices`, with a suggestion when the value is a near miss.
    func choice(_ v: TOMLValue, _ key: String, _ choices: [String]) throws(ConfigError) -> String {
        let s = try string(v, key)
        guard choices.contains(s) else { throw unknown(s, what: "\(key) value", among: choices, line: v.line) }
        return s
    }

    /// "unknown X "y"; did you mean z?" or the list of what is allowed.
    func unknown(_ word: String, what: String, among known: [String], line: Int) -> ConfigError {
        let shown = word.count > 40 ? String(word.prefix(40)) + "…" : word
        var reason = "unknown \(what) \"\(shown.unicodeScalars.map(\.escapedForMessage).joined())\""
        if let guess = KeySuggestion.closest(to: word, among: known) {
            reason += "; did you mean \(guess)?"
        } else {
            reason += "; use one of " + known.joined(separator: ", ")
        }
        return error(line, reason)
    }

    func checkKeys(_ t: TOMLTable, known: [String], in place: String) throws(ConfigError) {
        for (key, value) in t.entries where !known.contains(key) {
            throw unknown(key, what: "key in \(place)", among: known, line: value.line)
        }
    }

    /// A table or an array of tables, as `insert = {…}`, `insert = [{…}, {…}]` or `[[rule.insert]]`.
    func tables(_ v: TOMLValue, _ key: String, example: String) throws(ConfigError) -> [(TOMLTable, Int)] {
        if let t = v.tableValue { return [(t, v.line)] }
        guard let a = v.arrayValue else { throw error(v.line, "\(key) must be a table, e.g. \(example) (got \(v.snippet))") }
        var out: [(TOMLTable, Int)] = []
        for item in a { out.append((try table(item, key, example: example), item.line)) }
        return out
    }
}

extension String {
    var packRuleTrimmed: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
