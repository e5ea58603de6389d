/// How Tote reads the free-text fields of a shop export into its own terms. Shared by the
/// Shopify CSV and the native JSON readers.
public enum ShopifyFields {
    /// The service bought, from the shipping method's name: "overnight"/"next day" is
    /// overnight, "express"/"priority"/"expedited"/"2-day" is express, anything else standard.
    public static func service(fromMethod method: String) -> ServiceLevel {
        let m = method.lowercased()
        if ["overnight", "next day", "next-day", "nextday"].contains(where: m.contains) { return .overnight }
        if ["express", "priority", "expedited", "2-day", "two-day"].contains(where: m.contains) { return .express }
        return .standard
    }

    static let carriers = ["UPS", "DHL", "FedEx", "USPS", "PostNord", "DPD", "GLS", "Royal Mail", "Canada Post",
                           "Australia Post", "Bring", "Posti", "La Poste", "Colissimo", "Hermes", "Evri"]

    /// The carrier named in the shipping method (e.g. "DHL Express" gives `DHL`), else `POST`.
    public static func carrier(fromMethod method: String) -> String {
        let m = method.lowercased()
        return carriers.first { m.contains($0.lowercased()) } ?? "POST"
    }

    /// Shopify tags: comma separated, trimmed, empty ones dropped, order kept.
    public static func tags(_ text: String) -> [String] {
        text.split(separator: ",").map { String($0).importTrimmed }.filter { !$0.isEmpty }
    }

    /// Priority from a `priority:N` (or `priority-N`) tag; `vip` alone gives 1; else 0.
    public static func priority(tags: [String]) -> Int {
        for tag in tags {
            let t = tag.lowercased()
            for prefix in ["priority:", "priority-", "priority "] where t.hasPrefix(prefix) {
                if let n = Int(t.dropFirst(prefix.count).importTrimmedText) { return n }
            }
        }
        return tags.contains { $0.lowercased() == "vip" } ? 1 : 0
    }

    /// True when a tag says this is the customer's first order (`first-order`, `new-customer`, …).
    public static func isFirstOrder(tags: [String]) -> Bool {
        tags.contains { ["first-order", "first order", "first_order", "new-customer", "new customer"]
            .contains($0.lowercased()) }
    }

    /// Shopify "Note Attributes": one `key: value` per line. Keys come back lower case with
    /// spaces and dashes as underscores.
    public static func noteAttributes(_ text: String) -> [String: String] {
        var out: [String: String] = [:]
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = String(line[..<colon]).importTrimmed.lowercased()
                .importReplacingAll(" ", with: "_").importReplacingAll("-", with: "_")
            out[key] = String(line[line.index(after: colon)...]).importTrimmed
        }
        return out
    }

    /// Gift flag and message from note attributes (`gift: yes`, `gift_message: …`) and a `gift` tag.
    public static func gift(attributes: [String: String], tags: [String]) -> (isGift: Bool, message: String?) {
        let message = ["gift_message", "gift_note", "gift_card_message"].lazy
            .compactMap { attributes[$0] }.first { !$0.isEmpty }
        let flag = ["true", "yes", "1", "y"].contains(attributes["gift"]?.lowercased() ?? "")
            || tags.contains { $0.lowercased() == "gift" }
        return (flag || message != nil, message)
    }

    /// Spreadsheets protect leading zeros with an apostrophe (`'02134`); it is not part of the value.
    public static func unapostrophe(_ text: String) -> String {
        text.hasPrefix("'") ? String(text.dropFirst()) : text
    }

    /// True for a two-letter upper-case ISO 3166-1 code.
    public static func isCountryCode(_ text: String) -> Bool {
        text.utf8.count == 2 && text.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
    }
}

extension StringProtocol {
    var importTrimmedText: String { String(self).importTrimmed }

    func importReplacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for ch in self { if ch == target { out += replacement } else { out.append(ch) } }
        return out
    }
}
