import ToteCore

/// The statuses the queue lists, taken from `OrderStatus.isOpen` so SQL and core agree.
enum OpenStatuses {
    static let names: [String] = OrderStatus.allCases.filter(\.isOpen).map(\.rawValue)
    /// `?, ?, …` for `status IN (…)`; bind `arguments` to it.
    static let placeholders: String = names.map { _ in "?" }.joined(separator: ", ")
    static var arguments: StoreArguments { StoreArguments(names) }
}
