/// The orders a file holds, validated against the catalogue and ready for the store.
public struct OrderImport: Sendable {
    /// Valid orders to add or update, in file order.
    public var orders: [Order] = []
    /// Numbers of orders the shop cancelled (cancelled, voided or refunded in the file).
    public var cancellations: [String] = []
    /// Orders left out on purpose: already fulfilled in the shop.
    public var skippedFulfilled = 0
    /// Every problem found, in file order; an order with any problem is not in `orders`.
    public var problems: [ImportProblem] = []
    /// Numbers (or, without a number, `line N`) of the orders refused for problems.
    public var rejectedKeys: [String] = []
    /// The refused orders in the file's own format, ready to write to a rejects file.
    public var rejectsText: String = ""

    public init() {}

    /// True when the file can be imported whole.
    public var isClean: Bool { problems.isEmpty }
}
