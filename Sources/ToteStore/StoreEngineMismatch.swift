/// A feature only one engine has was asked of a store on the other (a file backup of a
/// PostgreSQL store): says which tool does it there.
public struct StoreEngineMismatch: Error, Equatable, CustomStringConvertible {
    public var feature: String
    public var store: String
    public var instead: String

    public var description: String {
        "\(feature) works on a SQLite store file; \(store) is on PostgreSQL: use \(instead) there"
    }
}
