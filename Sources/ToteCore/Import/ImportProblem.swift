/// One thing wrong in an import file: where it is and what to do about it.
public struct ImportProblem: Error, Equatable, Hashable, Sendable, CustomStringConvertible {
    /// Physical line in the file, from 1 (for CSV the line the record starts on).
    public var line: Int
    /// The column header (CSV) or the field path (JSON, e.g. `lines[1].quantity`); empty when
    /// the whole record is meant.
    public var column: String
    /// What is wrong and how to fix it.
    public var reason: String
    /// The order number (or SKU code, for catalogues) the problem belongs to, when known.
    public var key: String?

    public init(line: Int, column: String, reason: String, key: String? = nil) {
        self.line = line
        self.column = column
        self.reason = reason
        self.key = key
    }

    /// `line 12, column 'Lineitem quantity': …`
    public var description: String {
        let at = column.isEmpty ? "line \(line)" : "line \(line), column '\(column)'"
        return key.map { "\(at) (\($0)): \(reason)" } ?? "\(at): \(reason)"
    }

    /// `file:line: column 'X': reason`, the form the command line prints.
    public func described(file: String) -> String {
        let what = column.isEmpty ? "" : "column '\(column)': "
        let whose = key.map { "\($0): " } ?? ""
        return "\(file):\(line): \(whose)\(what)\(reason)"
    }
}
