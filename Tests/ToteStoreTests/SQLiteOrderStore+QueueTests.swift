import Testing
import ToteCore
import ToteStore

@Suite struct SQLiteOrderStoreQueueTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    /// Ties at every level, so each sort key has to decide somewhere; inserted scrambled.
    static let orders: [Order] = [
        Fixtures.order("#B", priority: 0, shipBy: 500, createdAt: 10),
        Fixtures.order("#A", priority: 0, shipBy: 500, createdAt: 10),
        Fixtures.order("#C", priority: 0, shipBy: 500, createdAt: 5),
        Fixtures.order("#D", priority: 0, shipBy: 400, createdAt: 99),
        Fixtures.order("#E", priority: 3, shipBy: 900, createdAt: 99, status: .packing),
        Fixtures.order("#F", priority: 1, shipBy: 900, createdAt: 99, status: .picked),
        Fixtures.order("#G", priority: 9, status: .packed),
        Fixtures.order("#H", priority: 9, status: .shipped),
        Fixtures.order("#I", priority: 9, status: .onHold),
        Fixtures.order("#J", priority: 9, status: .cancelled),
        Fixtures.order("#K", priority: -1, shipBy: 1, createdAt: 1, status: .picking),
    ]

    @Test func listsOpenOrdersInQueueOrder() throws {
        let store = try Fixtures.store(in: folder, orders: Self.orders)
        let expected = Self.orders.filter(\.status.isOpen).sorted(by: Order.queueOrder).map(\.number)

        let rows = try store.queue(offset: 0, limit: 100)

        #expect(expected == ["#E", "#F", "#D", "#C", "#A", "#B", "#K"])
        #expect(rows.map(\.number) == expected)
        #expect(try store.openOrderCount() == 7)
    }

    @Test func readsOnlyTheRequestedWindow() throws {
        let store = try Fixtures.store(in: folder, orders: Self.orders)

        #expect(try store.queue(offset: 2, limit: 3).map(\.number) == ["#D", "#C", "#A"])
        #expect(try store.queue(offset: 6, limit: 3).map(\.number) == ["#K"])
        #expect(try store.queue(offset: 7, limit: 3).isEmpty)
        #expect(try store.queue(offset: 0, limit: 0).isEmpty)
    }

    @Test func rowCarriesCountsCustomerAndHolder() throws {
        let order = Fixtures.order("#1", priority: 2, shipBy: 1_234, units: [3, 1, 4], customer: "Jürgen Ähm")
        let store = try Fixtures.store(in: folder, orders: [order, Fixtures.order("#2", units: [1])])
        _ = try store.claimNext(station: "S7", now: Fixtures.now)

        let rows = try store.queue(offset: 0, limit: 10)

        #expect(rows.first == QueueRow(number: "#1", customer: "Jürgen Ähm", lineCount: 3, unitCount: 8,
                                       service: .express, shipBy: 1_234, status: .picking, priority: 2,
                                       claimedBy: "S7"))
        #expect(rows.last?.lineCount == 1)
        #expect(rows.last?.unitCount == 1)
        #expect(rows.last?.claimedBy == nil)
    }
}
