/// A parsed TOML table: keys in file order, each with a line-carrying value.
///
/// Order is kept so that "unknown key" errors are reported top-down, the way an admin reads.
public struct TOMLTable: Equatable, Sendable {
    /// Keys in the order they first appeared.
    public private(set) var keys: [String] = []
    private var values: [String: TOMLValue] = [:]

    public init() {}

    /// Builds a table from pairs in order; later duplicates replace earlier ones.
    public init(_ pairs: [(String, TOMLValue)]) {
        for (key, value) in pairs { self[key] = value }
    }

    public subscript(key: String) -> TOMLValue? {
        get { values[key] }
        set {
            if let newValue {
                if values.updateValue(newValue, forKey: key) == nil { keys.append(key) }
            } else if values.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// Entries in file order.
    public var entries: [(key: String, value: TOMLValue)] {
        keys.map { ($0, values[$0]!) }
    }

    public static func == (l: TOMLTable, r: TOMLTable) -> Bool {
        l.keys == r.keys && l.values == r.values
    }
}
