/// A person who may sign in at a station: a badge (what the scanner reads), a display name, a
/// role, and optionally a PIN, kept only as a salted `PinHash`.
public struct User: Equatable, Sendable {
    /// The badge code exactly as `ScanKind.badge` carries it (upper-cased, e.g. `B1042`).
    public var badge: String
    public var name: String
    public var role: Role
    /// Nil when the user signs in with the badge alone.
    public var pin: PinHash?
    /// The language the station speaks to this user from sign-in to LOGOUT; nil keeps the station's.
    public var language: Language?

    public init(badge: String, name: String, role: Role, pin: PinHash? = nil, language: Language? = nil) {
        self.badge = badge
        self.name = name
        self.role = role
        self.pin = pin
        self.language = language
    }

    /// True when the user must give a PIN after the badge scan.
    public var needsPin: Bool { pin != nil }

    /// Checks the badge and name a store is asked to keep.
    /// - Throws: `RightsError.invalid` for an empty value, one over 64 characters, or one with
    ///   control characters (they would reach terminals and audit lines raw).
    public static func validate(badge: String, name: String) throws {
        for (field, value) in [("Badge", badge), ("Name", name)] {
            if value.allSatisfy(\.isWhitespace) {
                throw RightsError.invalid(field: field, value: value, reason: "must not be empty")
            }
            if value.count > 64 {
                throw RightsError.invalid(field: field, value: String(value.prefix(20)) + "…", reason: "is longer than 64 characters")
            }
            if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format }) {
                throw RightsError.invalid(field: field, value: value.debugDescription, reason: "holds control characters")
            }
        }
        if badge.contains(where: \.isWhitespace) {
            throw RightsError.invalid(field: "Badge", value: badge, reason: "must not hold spaces")
        }
    }
}
