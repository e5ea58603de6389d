/// One result row, its columns by name (as the query named them) and by position.
public struct StoreRow: Sendable {
    public let columns: [String]
    public let values: [StoreValue]

    public init(columns: [String], values: [StoreValue]) {
        precondition(columns.count == values.count, "a row has one value per column")
        self.columns = columns
        self.values = values
    }

    /// The value of `column`; `.null` when the row has no such column.
    public func value(_ column: String) -> StoreValue {
        guard let index = columns.firstIndex(of: column) else { return .null }
        return values[index]
    }

    /// A column that is never NULL. A NULL or a value of the wrong type is a programming
    /// error in the store (the schema guarantees the type), so it stops, naming the column.
    public subscript<T: StoreValueConvertible>(_ column: String) -> T {
        let value = value(column)
        guard let decoded = T.fromStoreValue(value) else {
            preconditionFailure("column \(column) holds \(value), not a \(T.self)")
        }
        return decoded
    }

    /// A nullable column: nil for NULL.
    public subscript<T: StoreValueConvertible>(_ column: String) -> T? {
        T.fromStoreValue(value(column))
    }

    public subscript<T: StoreValueConvertible>(_ index: Int) -> T {
        guard let decoded = T.fromStoreValue(values[index]) else {
            preconditionFailure("column \(index) holds \(values[index]), not a \(T.self)")
        }
        return decoded
    }

    public subscript<T: StoreValueConvertible>(_ index: Int) -> T? {
        T.fromStoreValue(values[index])
    }
}
