/// One terminal cell.
///
/// A wide character sits in its first cell; the cell to its right holds `Cell.continuation`
/// (empty text) so that columns keep their positions.
public struct Cell: Equatable, Sendable {
    /// One grapheme of display width 1 or 2, or "" for the right half of a wide one.
    public var text: String
    public var role: Role

    public init(_ text: String, _ role: Role = .normal) {
        self.text = text
        self.role = role
    }

    public static let blank = Cell(" ")
    public var isContinuation: Bool { text.isEmpty }
}
