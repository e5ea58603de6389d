import Foundation
import ToteCore
import ToteStore

/// A store whose "network" the test pulls: down, every call fails as an unreachable server
/// does; `dropAcknowledgements`, a write commits and then the answer is lost.
final class FlakyStore: OrderStore, @unchecked Sendable {
    let inner: FloorStore
    private let lock = NSLock()
    private var _down = false
    private var _dropAcknowledgements = false

    init(_ inner: FloorStore) { self.inner = inner }

    var down: Bool {
        get { lock.withLock { _down } }
        set { lock.withLock { _down = newValue } }
    }
    var dropAcknowledgements: Bool {
        get { lock.withLock { _dropAcknowledgements } }
        set { lock.withLock { _dropAcknowledgements = newValue } }
    }

    static let unreachable = StoreUnavailable(server: "127.0.0.1:5432", reason: "connection refused")

    func ping() throws { if down { throw Self.unreachable } }

    private func call<T>(_ body: () throws -> T) throws -> T {
        if down { throw Self.unreachable }
        let result = try body()
        if dropAcknowledgements { throw Self.unreachable }
        return result
    }

    func loadCatalog() throws -> Catalog { try call { try inner.loadCatalog() } }
    func queue(_ query: QueueQuery, atRiskBefore: Int64, offset: Int, limit: Int) throws -> [QueueRow] {
        try call { try inner.queue(query, atRiskBefore: atRiskBefore, offset: offset, limit: limit) }
    }
    func count(_ query: QueueQuery) throws -> Int { try call { try inner.count(query) } }
    func statusCounts() throws -> [OrderStatus: Int] { try call { try inner.statusCounts() } }
    func claimNext(station: String, actor: String, now: Int64) throws -> OrderProgress? {
        try call { try inner.claimNext(station: station, actor: actor, now: now) }
    }
    func claim(number: String, station: String, actor: String, now: Int64) throws -> OrderProgress? {
        try call { try inner.claim(number: number, station: station, actor: actor, now: now) }
    }
    func release(number: String, station: String, actor: String, now: Int64) throws {
        try call { try inner.release(number: number, station: station, actor: actor, now: now) }
    }
    func activeOrder(station: String) throws -> OrderProgress? { try call { try inner.activeOrder(station: station) } }
    func record(_ scan: ScanRecord) throws -> Bool { try call { try inner.record(scan) } }
    func move(number: String, from: OrderStatus, to: OrderStatus, station: String, actor: String, now: Int64) throws {
        try call { try inner.move(number: number, from: from, to: to, station: station, actor: actor, now: now) }
    }
    func recordPickDistance(number: String, metres: Double) throws { try call { try inner.recordPickDistance(number: number, metres: metres) } }
    func order(number: String) throws -> OrderProgress? { try call { try inner.order(number: number) } }
    func flags(of number: String) throws -> OrderFlags? { try call { try inner.flags(of: number) } }
    func completePack(number: String, station: String, actor: String, labelPath: String, now: Int64) throws {
        try call { try inner.completePack(number: number, station: station, actor: actor, labelPath: labelPath, now: now) }
    }
    func isEmpty() throws -> Bool { try call { try inner.isEmpty() } }
    func replaceAll(catalog: [SKU], orders: [Order]) throws { try call { try inner.replaceAll(catalog: catalog, orders: orders) } }
}
