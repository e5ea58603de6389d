/// Packing material a rule can ask for.
public enum MaterialKind: String, Equatable, Hashable, Sendable, CaseIterable {
    case tissue
    case bubbleWrap = "bubble_wrap"
    case voidFill = "void_fill"

    /// Name shown at the station.
    public var displayName: String {
        switch self {
        case .tissue: return "Tissue paper"
        case .bubbleWrap: return "Bubble wrap"
        case .voidFill: return "Void fill"
        }
    }
}
