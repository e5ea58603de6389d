/// Everything a rule condition can look at, computed once per order so that evaluating
/// hundreds of rules is only set look-ups and integer compares.
///
/// Strings are normalised the way conditions are: channels and tags lower case, country upper case.
public struct RuleFacts: Equatable, Sendable {
    public var channel: String
    public var orderTags: Set<String>
    /// Customer tags as the shop sends them; empty until orders carry them.
    public var customerTags: Set<String>
    /// SKU codes of the shippable lines, as written (SKU codes are case-sensitive).
    public var skus: Set<String>
    /// Union of the catalogue tags of the shippable lines' SKUs.
    public var skuTags: Set<String>
    public var isFirstOrder: Bool
    /// Sum of `unitPriceMinor × quantity` over all lines (unpriced lines count 0), minor units.
    public var totalMinor: Int
    /// Units in the box: shippable lines only.
    public var unitCount: Int
    /// Shippable lines.
    public var lineCount: Int
    public var isGift: Bool
    /// ISO 3166-1 alpha-2, upper case.
    public var country: String
    public var service: ServiceLevel
    /// The station's local day at evaluation time.
    public var day: CalendarDay

    public init(channel: String, orderTags: Set<String> = [], customerTags: Set<String> = [], skus: Set<String> = [],
                skuTags: Set<String> = [], isFirstOrder: Bool = false, totalMinor: Int = 0, unitCount: Int = 0,
                lineCount: Int = 0, isGift: Bool = false, country: String, service: ServiceLevel = .standard,
                day: CalendarDay) {
        self.channel = channel.lowercased()
        self.orderTags = Set(orderTags.map { $0.lowercased() })
        self.customerTags = Set(customerTags.map { $0.lowercased() })
        self.skus = skus
        self.skuTags = Set(skuTags.map { $0.lowercased() })
        self.isFirstOrder = isFirstOrder
        self.totalMinor = totalMinor
        self.unitCount = unitCount
        self.lineCount = lineCount
        self.isGift = isGift
        self.country = country.uppercased()
        self.service = service
        self.day = day
    }

    /// Facts of `order` at `now`. SKUs missing from `catalog` contribute no tags.
    public init(order: Order, catalog: Catalog, now: LocalTime, customerTags: [String] = []) {
        let shippable = order.shippableLines
        var skuTags = Set<String>()
        for line in shippable {
            if let sku = catalog.sku(code: line.sku) { for tag in sku.tags { skuTags.insert(tag.lowercased()) } }
        }
        // The customer's own tags come with the order; `customerTags` adds any the caller knows besides.
        self.init(channel: order.channel, orderTags: Set(order.tags),
                  customerTags: Set(customerTags + (order.customer?.tags ?? [])),
                  skus: Set(shippable.map(\.sku)), skuTags: skuTags,
                  isFirstOrder: order.customer?.isFirstOrder ?? false,
                  totalMinor: order.lines.reduce(0) { $0 + ($1.unitPriceMinor ?? 0) * $1.quantity },
                  unitCount: shippable.reduce(0) { $0 + $1.quantity }, lineCount: shippable.count,
                  isGift: order.isGift, country: order.shipTo.country, service: order.service, day: now.day)
    }
}
