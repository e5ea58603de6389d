/// An action whose right depends on who asks. The store and the station both check it through
/// `Rights`, so a screen that hides a key is never the only guard.
public enum Permission: String, CaseIterable, Codable, Sendable {
    /// A counted new copy of a label already printed.
    case reprint
    /// Taking an order away from a station that holds it (release or reassign).
    case releaseOtherClaim
    /// Accepting a box with an item missing (SHORT on the pack screen).
    case overrideMissingItem
    /// Voiding a tracking number: it is never issued again.
    case voidLabel
    /// Cancelling an order outright.
    case cancelOrder
    /// Adding, removing or changing the role of a user.
    case editUsers

    /// The action as the start of a refusal: "Voiding a label needs a supervisor".
    public var activity: String {
        switch self {
        case .reprint: return "Reprinting a label"
        case .releaseOtherClaim: return "Releasing another station's order"
        case .overrideMissingItem: return "Overriding a missing item"
        case .voidLabel: return "Voiding a label"
        case .cancelOrder: return "Cancelling an order"
        case .editUsers: return "Editing users"
        }
    }
}
