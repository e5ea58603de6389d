/// `completePack` was asked to close an order whose box is not fully verified.
///
/// Not a `StoreError` case because that enum is ToteCore's; see the hand-over notes.
public struct PackNotComplete: Error, Equatable, CustomStringConvertible {
    public let order: String
    /// Units ordered but not yet verified in the box, summed over all lines; at least 1.
    public let unverifiedUnits: Int

    public init(order: String, unverifiedUnits: Int) {
        self.order = order
        self.unverifiedUnits = unverifiedUnits
    }

    public var description: String {
        "order \(order) cannot be closed: \(unverifiedUnits) unit(s) are not verified in the box"
    }
}
