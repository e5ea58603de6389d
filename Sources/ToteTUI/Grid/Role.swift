/// What a cell means, not how it looks: the terminal backend maps roles to colours (or to
/// bold/reverse in monochrome), so screens never name a colour.
public enum Role: UInt8, Sendable, CaseIterable {
    case normal, title, header, selected, dim, ok, warning, error, accent
    case statusBar, scanLine, functionKey, functionLabel

    /// One letter per role, for the roles layer of snapshots.
    public var letter: Character {
        switch self {
        case .normal: return "."
        case .title: return "T"
        case .header: return "H"
        case .selected: return "S"
        case .dim: return "d"
        case .ok: return "o"
        case .warning: return "w"
        case .error: return "E"
        case .accent: return "a"
        case .statusBar: return "b"
        case .scanLine: return "c"
        case .functionKey: return "K"
        case .functionLabel: return "L"
        }
    }
}
