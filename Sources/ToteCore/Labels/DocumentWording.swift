/// Which words a packing slip is printed in: the shop's language (`[documents] language`), or,
/// with `[documents] follow_ship_to = true`, the language of the country the parcel goes to
/// when the station speaks it (a Romanian address gets a Romanian slip).
public struct DocumentWording: Equatable, Sendable {
    /// The shop's words: used when the ship-to country does not decide.
    public var shop: DocumentLabels
    /// Every language's words, for `followShipTo`.
    public var byLanguage: [Language: DocumentLabels]
    public var followShipTo: Bool

    public init(shop: DocumentLabels = .english, byLanguage: [Language: DocumentLabels] = [:], followShipTo: Bool = false) {
        self.shop = shop
        self.byLanguage = byLanguage
        self.followShipTo = followShipTo
    }

    /// The words for `order`'s slip.
    public func labels(for order: Order) -> DocumentLabels {
        guard followShipTo, let language = Language.spokenIn(country: order.shipTo.country),
              let labels = byLanguage[language] else { return shop }
        return labels
    }
}

extension Language {
    /// The language a parcel's recipient reads, from the ISO 3166 alpha-2 country of the
    /// address: only countries with one everyday language the station speaks (Belgium,
    /// Switzerland or Canada give nil, so the shop's language is used).
    public static func spokenIn(country: String) -> Language? {
        switch country.uppercased() {
        case "RO", "MD": return .ro
        case "FR", "MC": return .fr
        case "SE", "AX": return .sv
        case "KR": return .ko
        case "US", "GB", "IE", "AU", "NZ": return .en
        default: return nil
        }
    }
}
