/// Why a floor could not be moved; nothing was written to the destination.
public enum StoreCopyError: Error, Equatable, CustomStringConvertible {
    /// The destination already holds data (table and rows listed).
    case destinationNotEmpty(String, [String])

    public var description: String {
        switch self {
        case .destinationNotEmpty(let store, let tables):
            return "\(store) already holds data (\(tables.prefix(4).joined(separator: ", "))); "
                + "move a floor only into a new, empty database"
        }
    }
}
