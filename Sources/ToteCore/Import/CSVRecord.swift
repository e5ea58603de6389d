/// One record of a CSV file: its fields and where it starts.
public struct CSVRecord: Equatable, Sendable {
    /// The physical line (from 1) the record starts on; a quoted field can carry it over
    /// several lines.
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }

    /// Field `index` (from 0), or the empty string when the record is shorter.
    public subscript(index: Int?) -> String {
        guard let index, index < fields.count else { return "" }
        return fields[index]
    }
}
