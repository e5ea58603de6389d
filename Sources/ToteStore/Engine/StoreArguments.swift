/// The values bound to a statement's `?` placeholders, in order.
public struct StoreArguments: ExpressibleByArrayLiteral, Sendable {
    public var values: [StoreValue]

    public init(_ values: [StoreValue] = []) { self.values = values }

    public init<S: Sequence>(_ sequence: S) where S.Element: StoreValueConvertible {
        values = sequence.map(\.storeValue)
    }

    public init(_ values: [(any StoreValueConvertible)?]) {
        self.values = values.map { $0?.storeValue ?? .null }
    }

    public init(arrayLiteral elements: (any StoreValueConvertible)?...) {
        values = elements.map { $0?.storeValue ?? .null }
    }

    public static func + (lhs: StoreArguments, rhs: StoreArguments) -> StoreArguments {
        StoreArguments(lhs.values + rhs.values)
    }

    public static func += (lhs: inout StoreArguments, rhs: StoreArguments) {
        lhs.values += rhs.values
    }
}
