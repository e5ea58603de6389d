/// Which orders the queue lists: a status filter, narrowing fields and a search text.
///
/// The default lists every open order. The queue is always sorted by cutoff risk (orders whose
/// ship-by falls within `riskWindowSeconds` of now come first), then priority, ship-by and age.
public struct QueueQuery: Equatable, Sendable {
    /// Statuses to list; the open ones by default.
    public var statuses: [OrderStatus]
    public var carrier: String?
    public var service: ServiceLevel?
    public var channel: String?
    /// Only orders the shop changed or cancelled while they were at a station.
    public var flaggedOnly: Bool
    /// Matches the start of the order number (with or without `#`) or any part of the
    /// customer's name, ignoring ASCII case.
    public var search: String?
    /// Orders due to ship within this many seconds count as at risk and sort first.
    public var riskWindowSeconds: Int64

    public init(statuses: [OrderStatus] = OrderStatus.allCases.filter(\.isOpen), carrier: String? = nil,
                service: ServiceLevel? = nil, channel: String? = nil, flaggedOnly: Bool = false, search: String? = nil,
                riskWindowSeconds: Int64 = 3_600) {
        self.statuses = statuses
        self.carrier = carrier
        self.service = service
        self.channel = channel
        self.flaggedOnly = flaggedOnly
        self.search = search
        self.riskWindowSeconds = riskWindowSeconds
    }

    /// Reads the search box: `carrier:UPS`, `service:express`, `channel:web` narrow the list;
    /// the remaining words are the search text.
    public static func parse(_ text: String, base: QueueQuery = QueueQuery()) -> QueueQuery {
        var query = base
        var words: [Substring] = []
        for word in text.split(separator: " ") {
            let parts = word.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else {
                words.append(word)
                continue
            }
            let value = String(parts[1])
            switch parts[0].lowercased() {
            case "carrier": query.carrier = value.uppercased()
            case "service": query.service = ServiceLevel(rawValue: value.lowercased())
            case "channel": query.channel = value
            default: words.append(word)
            }
        }
        let search = words.joined(separator: " ")
        query.search = search.isEmpty ? nil : search
        return query
    }

    /// True when nothing narrows the list beyond its statuses.
    public var isUnfiltered: Bool {
        carrier == nil && service == nil && channel == nil && !flaggedOnly && search == nil
    }
}
