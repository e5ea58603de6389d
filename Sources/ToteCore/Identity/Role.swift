/// What a person on the floor is trusted with, from least to most: every role may do what
/// the roles before it may (see `Rights`).
public enum Role: String, CaseIterable, Codable, Comparable, Sendable {
    case packer, lead, supervisor, admin

    /// The role's rank: packer 0 … admin 3.
    public var rank: Int { Role.allCases.firstIndex(of: self)! }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }

    /// "a packer", "an admin": the role as the refusal messages name it.
    public var withArticle: String { self == .admin ? "an admin" : "a \(rawValue)" }

    /// Reads a role name as typed on the command line (`Supervisor`, ` lead `).
    public init?(name: String) {
        self.init(rawValue: String(name.filter { !$0.isWhitespace }).lowercased())
    }
}
