/// A value in the store file that this build cannot read back, e.g. a status a newer or a
/// hand-edited store wrote. Raised instead of guessing, so nothing acts on a misread order.
public struct StoreDataError: Error, Equatable, CustomStringConvertible {
    /// The table and column, e.g. `orders.status`.
    public let column: String
    /// The stored text, verbatim.
    public let value: String
    /// The row's key, e.g. the order number.
    public let key: String

    public init(column: String, value: String, key: String) {
        self.column = column
        self.value = value
        self.key = key
    }

    public var description: String {
        "the store holds '\(value)' in \(column) for \(key), which this Tote cannot read"
    }
}

extension StoreDataError {
    /// Reads an enum stored as its raw text, refusing values this build does not know.
    static func decode<T: RawRepresentable>(_ raw: String, column: String, key: String) throws -> T
    where T.RawValue == String {
        guard let value = T(rawValue: raw) else { throw StoreDataError(column: column, value: raw, key: key) }
        return value
    }
}
