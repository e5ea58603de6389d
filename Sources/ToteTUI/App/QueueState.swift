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

    public init() {}

    public var selectedRow: QueueRow? {
        let i = selected - offset
        return rows.indices.contains(i) ? rows[i] : nil
    }

    public var activeCount: Int { rows.filter { $0.claimedBy != nil }.count }
}
