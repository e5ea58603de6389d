/// The delivery promise bought with the order; faster services are more urgent.
public enum ServiceLevel: String, Sendable, Codable, CaseIterable {
    case standard, express, overnight

    /// Lower ranks are picked first when priorities tie.
    public var urgencyRank: Int {
        switch self {
        case .overnight: return 0
        case .express: return 1
        case .standard: return 2
        }
    }
}
