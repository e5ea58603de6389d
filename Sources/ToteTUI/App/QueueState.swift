import ToteCore

/// The queue screen's window onto the open orders.
///
/// Only the rows on screen are held (`rows` starts at queue index `offset`), so the screen
/// stays fast however long the queue is.
public struct QueueState: Equatable, Sendable {
    public var rows: [QueueRow] = []
    public var offset: Int = 0
    public var total: Int = 0
    /// Queue index of the highlighted order.
    public var selected: Int = 0
    /// Which orders are listed (filters and search).
    public var query = QueueQuery()
    /// Orders per status in the whole store, for the header.
    public var statusCounts: [OrderStatus: Int] = [:]
    /// True while the scan line takes a search text instead of a scan.
    public var searching = false
    /// Which status filter preset F4 has chosen.
    public var filterPreset = QueueFilterPreset.open

    public init() {}

    public var selectedRow: QueueRow? {
        let i = selected - offset
        return rows.indices.contains(i) ? rows[i] : nil
    }

    public var activeCount: Int { rows.filter { $0.claimedBy != nil }.count }
}
