import ToteCore

/// A store that behaves, at the station's edge, like the journaled store of issue 11: while
/// the server is unreachable scans go to a journal (counted in `link.waiting`) and claims and
/// releases throw `StoreOffline`; `replayWaiting` sends the journal, in order, once the server
/// answers, refusing the scans of orders the server gave away (`lostOrders`) as conflicts that
/// `takeConflicts` reports once. Only what the effect runner's tests touch is kept.
final class JournalingFakeStore: OrderStore, OfflineJournaling, @unchecked Sendable {
    var reachable = true
    /// Orders the server no longer lets this station work on.
    var lostOrders: Set<String> = []
    var held: OrderProgress?
    private(set) var journal: [ScanRecord] = []
    private(set) var applied: [ScanRecord] = []
    private var conflicts: [OfflineConflict] = []
    private(set) var link = StoreLink()
    private(set) var replays = 0

    init(held: OrderProgress? = nil) { self.held = held }

    private func needServer(_ action: String) throws {
        guard reachable else {
            link.online = false
            throw StoreOffline(action: action, reason: "connection refused")
        }
    }

    func replayWaiting() -> StoreLink {
        replays += 1
        guard reachable else {
            link.online = false
            return link
        }
        for scan in journal {
            if let order = scan.orderNumber, lostOrders.contains(order) {
                conflicts.append(OfflineConflict(order: order, step: scan.raw,
                                                 reason: "order \(order) is not held by station \(scan.station)", at: scan.at))
            } else {
                applied.append(scan)
            }
        }
        journal = []
        link = StoreLink()
        return link
    }

    func takeConflicts() -> [OfflineConflict] {
        defer { conflicts = [] }
        return conflicts
    }

    func record(_ scan: ScanRecord) throws -> Bool {
        guard reachable else {
            journal.append(scan)
            link = StoreLink(online: false, waiting: journal.count)
            return true
        }
        applied.append(scan)
        return true
    }

    func flags(of number: String) throws -> OrderFlags? {
        guard reachable else { return nil }
        return OrderFlags()
    }

    func claimNext(station: String, actor: String, now: Int64) throws -> OrderProgress? {
        try needServer("claim a new order")
        return nil
    }

    func claim(number: String, station: String, actor: String, now: Int64) throws -> OrderProgress? {
        try needServer("claim order \(number)")
        return nil
    }

    func release(number: String, station: String, actor: String, now: Int64) throws {
        try needServer("release order \(number)")
        held = nil
    }

    func activeOrder(station: String) throws -> OrderProgress? { held }
    func loadCatalog() throws -> Catalog { Fixtures.catalog }
    func queue(_ query: QueueQuery, atRiskBefore: Int64, offset: Int, limit: Int) throws -> [QueueRow] {
        try needServer("load the queue")
        return []
    }
    func count(_ query: QueueQuery) throws -> Int {
        try needServer("count the queue")
        return 0
    }
    func statusCounts() throws -> [OrderStatus: Int] { [:] }
    func move(number: String, from: OrderStatus, to: OrderStatus, station: String, actor: String, now: Int64) throws {}
    func recordPickDistance(number: String, metres: Double) throws {}
    func order(number: String) throws -> OrderProgress? { held?.order.number == number ? held : nil }
    func completePack(number: String, station: String, actor: String, labelPath: String, now: Int64) throws {}
    func isEmpty() throws -> Bool { false }
    func replaceAll(catalog: [SKU], orders: [Order]) throws {}
}
