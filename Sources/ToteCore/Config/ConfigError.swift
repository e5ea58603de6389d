/// A problem in a configuration file, pinned to the place an admin has to fix.
///
/// Start-up stops on the first one, so the message must stand on its own: what is wrong,
/// where, and — where we can tell — what to write instead.
public struct ConfigError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file name as given to the parser, e.g. `config/warehouse.toml`.
    public var file: String
    /// 1-based line number.
    public var line: Int
    /// 1-based column (in Unicode scalars) for syntax errors; nil when the whole line is meant.
    public var column: Int?
    /// Human-readable reason, without the location prefix.
    public var reason: String

    public init(file: String, line: Int, column: Int? = nil, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// `file:line: reason`, or `file:line:column: reason` — the format editors and terminals
    /// already know how to jump to.
    public var description: String {
        if let column { return "\(file):\(line):\(column): \(reason)" }
        return "\(file):\(line): \(reason)"
    }
}
