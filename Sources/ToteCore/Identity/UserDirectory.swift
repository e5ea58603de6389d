/// Who a badge belongs to, for the station's sign-in. `ToteStore` answers from its users table.
public protocol UserDirectory: Sendable {
    /// How many users exist; 0 is an open floor, where any badge signs in.
    func userCount() throws -> Int
    /// The user with `badge`, nil when none.
    func user(badge: String) throws -> User?
}
