/// Mutable table used while parsing. It remembers *how* each table came to exist, because
/// TOML's redefinition rules depend on it: a table made implicitly by `[a.b]` may later get
/// its own `[a]` header, but one made by a header or by dotted keys may not be reopened.
final class TOMLTableBuilder {
    enum Origin {
        /// Created as a parent of a deeper header, e.g. `a` for `[a.b]`.
        case implicit
        /// Opened by its own `[header]` or `[[header]]`.
        case header
        /// Created by a dotted key such as `a.b = 1`.
        case dotted
    }

    /// Entries keep subtables mutable until the document is finished; finished values
    /// (including inline tables and static arrays) are frozen as `TOMLValue`.
    enum Entry {
        case value(TOMLValue)
        case table(TOMLTableBuilder)
        case tableArray(TableArray)
    }

    /// A `[[header]]` array; a class so that appending an entry does not copy the array.
    final class TableArray {
        var tables: [TOMLTableBuilder]
        let line: Int
        init(first: TOMLTableBuilder) {
            tables = [first]
            line = first.line
        }
    }

    var origin: Origin
    var line: Int
    private(set) var keys: [String] = []
    private var entries: [String: Entry] = [:]

    init(origin: Origin, line: Int) {
        self.origin = origin
        self.line = line
    }

    subscript(key: String) -> Entry? {
        get { entries[key] }
        set {
            if let newValue, entries.updateValue(newValue, forKey: key) == nil { keys.append(key) }
        }
    }

    /// Freezes this builder and everything below it.
    func build() -> TOMLTable {
        var table = TOMLTable()
        for key in keys {
            switch entries[key]! {
            case .value(let value):
                table[key] = value
            case .table(let builder):
                table[key] = TOMLValue(.table(builder.build()), line: builder.line)
            case .tableArray(let array):
                let elements = array.tables.map { TOMLValue(.table($0.build()), line: $0.line) }
                table[key] = TOMLValue(.array(elements), line: array.line)
            }
        }
        return table
    }
}

extension TOMLTableBuilder.Entry {
    /// Line where the entry was first defined, for "first defined on line N" hints.
    var line: Int {
        switch self {
        case .value(let v): v.line
        case .table(let t): t.line
        case .tableArray(let a): a.line
        }
    }
}
