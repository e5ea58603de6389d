/// Typed, strict access to one `[section]` of a parsed config file.
///
/// Every accessor reports problems as `file:line: reason` using the line the value came
/// from, and `checkKeys` turns typos into errors with a suggestion instead of silently
/// falling back to defaults.
struct ConfigSection {
    let file: String
    /// Section name without brackets, e.g. `scanner`.
    let name: String
    let table: TOMLTable
    /// Line of the section header, or 1 when the section is absent.
    let line: Int
    /// False when the file has no such section, so every key takes its default.
    let isPresent: Bool

    /// Looks up `[name]` in the document. An absent section reads as empty (all defaults);
    /// anything but a plain table is an error.
    init(_ name: String, in root: TOMLTable, file: String) throws(ConfigError) {
        self.file = file
        self.name = name
        guard let value = root[name] else {
            table = TOMLTable()
            line = 1
            isPresent = false
            return
        }
        guard let table = value.tableValue else {
            let what = value.arrayValue != nil && value.arrayValue!.allSatisfy { $0.tableValue != nil }
                ? "[[\(name)]]" : value.snippet
            throw ConfigError(file: file, line: value.line,
                              reason: "\(name) must be a section written as [\(name)] (got \(what))")
        }
        self.table = table
        line = value.line
        isPresent = true
    }

    /// Rejects top-level entries other than the known sections. A key that belongs inside a
    /// section (e.g. `id` written above `[station]`) is pointed to its section.
    static func checkSections(of root: TOMLTable, file: String, known: [String],
                              keysBySection: [String: [String]]) throws(ConfigError) {
        for (key, value) in root.entries where !known.contains(key) {
            var reason = value.tableValue != nil
                ? "unknown section [\(key)]" : "unknown key \(quoted(key)) outside any section"
            if let home = keysBySection.first(where: { $0.value.contains(key) })?.key {
                reason += "; it belongs under [\(home)]"
            } else if let guess = KeySuggestion.closest(to: key, among: known) {
                reason += "; did you mean [\(guess)]?"
            } else {
                reason += "; known sections are " + known.map { "[\($0)]" }.joined(separator: ", ")
            }
            throw ConfigError(file: file, line: value.line, reason: reason)
        }
    }

    /// Rejects keys not in `known`, first in file order, with a did-you-mean when close.
    func checkKeys(_ known: [String]) throws(ConfigError) {
        for (key, value) in table.entries where !known.contains(key) {
            var reason = "unknown key \(Self.quoted(key)) in [\(name)]"
            if let guess = KeySuggestion.closest(to: key, among: known) {
                reason += "; did you mean \(guess)?"
            } else {
                reason += "; known keys are " + known.joined(separator: ", ")
            }
            throw ConfigError(file: file, line: value.line, reason: reason)
        }
    }

    func string(_ key: String) throws(ConfigError) -> String? {
        guard let value = table[key] else { return nil }
        guard let s = value.stringValue else { throw typeError(key, value, expected: "a string in quotes") }
        return s
    }

    /// The key's string as `parse` reads it; a string it cannot read is refused with what is
    /// allowed (`allowed`, e.g. `"enter" or "tab"`) and the nearest of `choices`.
    func choice<T>(_ key: String, allowed: String, choices: [String], _ parse: (String) -> T?) throws(ConfigError) -> T? {
        guard let text = try string(key) else { return nil }
        if let value = parse(text) { return value }
        var reason = "\(key) must be \(allowed) (got \(TOMLValue(.string(text), line: 0).snippet))"
        if let guess = KeySuggestion.closest(to: text.lowercased(), among: choices) {
            reason += "; did you mean \"\(guess)\"?"
        }
        throw error(key, reason)
    }

    func integer(_ key: String) throws(ConfigError) -> Int? {
        guard let value = table[key] else { return nil }
        guard let i = value.integerValue else { throw typeError(key, value, expected: "an integer") }
        return i
    }

    /// Integers are accepted too: `3` is a perfectly good number of metres.
    func number(_ key: String) throws(ConfigError) -> Double? {
        guard let value = table[key] else { return nil }
        guard let d = value.doubleValue else { throw typeError(key, value, expected: "a number") }
        return d
    }

    /// An array of strings, e.g. `prefixes = ["]C1", "X"]`.
    func strings(_ key: String) throws(ConfigError) -> [String]? {
        guard let value = table[key] else { return nil }
        guard let items = value.arrayValue else { throw typeError(key, value, expected: "an array of strings") }
        var out: [String] = []
        for item in items {
            guard let s = item.stringValue else { throw typeError(key, item, expected: "an array of strings") }
            out.append(s)
        }
        return out
    }

    func bool(_ key: String) throws(ConfigError) -> Bool? {
        guard let value = table[key] else { return nil }
        guard let b = value.boolValue else { throw typeError(key, value, expected: "true or false") }
        return b
    }

    /// Unwraps a required key, or reports it missing at the section header.
    func required<T>(_ key: String, _ value: T?, example: String) throws(ConfigError) -> T {
        guard let value else {
            let place = isPresent ? "add it under [\(name)], e.g." : "add a [\(name)] section with"
            throw ConfigError(file: file, line: line,
                              reason: "missing required key \(key); \(place) \(key) = \(example)")
        }
        return value
    }

    /// Line of `key`'s value, falling back to the section header for defaulted keys.
    func line(of key: String) -> Int { table[key]?.line ?? line }

    /// An error about `key`'s value, at its line.
    func error(_ key: String, _ reason: String) -> ConfigError {
        ConfigError(file: file, line: line(of: key), reason: reason)
    }

    private func typeError(_ key: String, _ value: TOMLValue, expected: String) -> ConfigError {
        ConfigError(file: file, line: value.line, reason: "\(key) must be \(expected) (got \(value.snippet))")
    }

    /// Keys are echoed escaped and cut short: they come from an untrusted file.
    private static func quoted(_ key: String) -> String {
        let cut = key.count > 40 ? String(key.prefix(40)) + "…" : key
        return cut.unicodeScalars.map(\.escapedForMessage).joined()
    }
}
