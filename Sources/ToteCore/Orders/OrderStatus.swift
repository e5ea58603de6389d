/// Where an order is in its life at the warehouse.
///
/// The legal moves are listed in `canMove(to:)`; the core refuses any other.
public enum OrderStatus: String, Sendable, Codable, CaseIterable {
    case new, picking, picked, packing, packed, labelled, shipped
    case onHold = "on_hold"
    case exception
    case cancelled

    /// True when an order in this status still waits for (or is in) station work.
    public var isOpen: Bool {
        switch self {
        case .new, .picking, .picked, .packing: return true
        default: return false
        }
    }

    public func canMove(to next: OrderStatus) -> Bool {
        switch (self, next) {
        case (.new, .picking), (.picking, .picked), (.picked, .packing), (.packing, .packed),
             (.packed, .labelled), (.labelled, .shipped):
            return true
        // A released claim sends the order back to the queue.
        case (.picking, .new), (.packing, .picked):
            return true
        case (_, .onHold), (_, .exception), (_, .cancelled):
            return self.isOpen || self == .onHold || self == .exception
        case (.onHold, .new), (.exception, .new):
            return true
        default:
            return false
        }
    }
}

/// An attempt to move an order along an edge its state machine does not have.
public struct IllegalTransition: Error, Equatable, CustomStringConvertible {
    public let order: String
    public let from: OrderStatus
    public let to: OrderStatus

    public init(order: String, from: OrderStatus, to: OrderStatus) {
        self.order = order
        self.from = from
        self.to = to
    }

    /// The refusal for `from → to`, or nil when the move is legal.
    public static func check(order: String, from: OrderStatus, to: OrderStatus) -> IllegalTransition? {
        from.canMove(to: to) ? nil : IllegalTransition(order: order, from: from, to: to)
    }

    public var description: String { "order \(order) cannot go from \(from.rawValue) to \(to.rawValue)" }
}
