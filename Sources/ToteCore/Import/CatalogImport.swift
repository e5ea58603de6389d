/// The SKUs a catalogue file holds, validated and ready for the store.
public struct CatalogImport: Sendable {
    /// Valid SKUs to add or update, in file order.
    public var skus: [SKU] = []
    public var problems: [ImportProblem] = []
    /// SKU codes (or `line N`) refused for problems.
    public var rejectedKeys: [String] = []
    /// The refused SKUs in the file's own format, ready to write to a rejects file.
    public var rejectsText: String = ""

    public init() {}

    public var isClean: Bool { problems.isEmpty }
}
