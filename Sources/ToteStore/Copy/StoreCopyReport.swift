/// What `StoreCopy` moved, table by table, as read back from both stores.
public struct StoreCopyReport: Sendable, CustomStringConvertible {
    public struct Table: Sendable, Equatable {
        public var name: String
        public var sourceRows: Int
        public var destinationRows: Int
        /// `StoreCopy.checksum` of the table's rows (hex, 96 bits).
        public var sourceChecksum: String
        public var destinationChecksum: String

        public var matches: Bool { sourceRows == destinationRows && sourceChecksum == destinationChecksum }
    }

    public var tables: [Table]

    /// True when every table has the same rows on both sides.
    public var verified: Bool { tables.allSatisfy(\.matches) }

    public var description: String {
        let width = max(5, tables.map(\.name.count).max() ?? 0)
        var lines = ["table".padding(toLength: width, withPad: " ", startingAt: 0) + "      rows  checksum"]
        for t in tables {
            let name = t.name.padding(toLength: width, withPad: " ", startingAt: 0)
            let rows = String(t.sourceRows).leftPadded(9)
            lines.append(t.matches
                ? "\(name) \(rows)  \(t.sourceChecksum)  ok"
                : "\(name) \(rows)  \(t.sourceChecksum)  MISMATCH: destination has \(t.destinationRows) rows, \(t.destinationChecksum)")
        }
        return lines.joined(separator: "\n")
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
