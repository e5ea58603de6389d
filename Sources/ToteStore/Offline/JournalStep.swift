import ToteCore

/// One step a station took offline, as the journal keeps it until the server has it.
enum JournalStep: Codable, Equatable {
    /// A scan; `accepted` is what the station was told offline (the store may disagree later).
    case scan(ScanRecord, accepted: Bool)
    case move(order: String, from: OrderStatus, to: OrderStatus, actor: String, now: Int64)
    case complete(order: String, actor: String, labelPath: String, now: Int64)
    case pickDistance(order: String, metres: Double)

    var order: String? {
        switch self {
        case .scan(let scan, _): return scan.orderNumber
        case .move(let order, _, _, _, _), .complete(let order, _, _, _), .pickDistance(let order, _): return order
        }
    }

    /// How the packer would recognise the step in a conflict message.
    var label: String {
        switch self {
        case .scan(let scan, _): return scan.raw
        case .move(_, _, let to, _, _): return "move to \(to.rawValue)"
        case .complete: return "close box"
        case .pickDistance: return "pick distance"
        }
    }

    /// Milliseconds since 1970, when the station took it.
    var at: Int64 {
        switch self {
        case .scan(let scan, _): return scan.at
        case .move(_, _, _, _, let now), .complete(_, _, _, let now): return now
        case .pickDistance: return 0
        }
    }
}
