/// The header row of a CSV file: column names to positions, matched case-insensitively and
/// ignoring surrounding spaces. Unknown extra columns are simply never asked for.
public struct CSVHeader: Sendable {
    public let names: [String]
    private let index: [String: Int]
    private let exact: [String: Int]

    public init(_ record: CSVRecord) {
        names = record.fields
        var index: [String: Int] = [:]
        var exact: [String: Int] = [:]
        for (i, name) in record.fields.enumerated() {
            let trimmed = name.importTrimmed
            if exact[trimmed] == nil { exact[trimmed] = i }
            let key = trimmed.lowercased()
            if index[key] == nil { index[key] = i }
        }
        self.index = index
        self.exact = exact
    }

    /// The position of `name`, or nil when the file lacks the column.
    public func position(_ name: String) -> Int? { exact[name] ?? index[name.lowercased()] }

    /// The names in `required` that the header lacks.
    public func missing(_ required: [String]) -> [String] { required.filter { position($0) == nil } }
}
