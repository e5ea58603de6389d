import Testing
import ToteCore
import ToteStore

@Suite struct FloorStoreQueueTests {
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

@Suite struct QueueQueryStoreTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    private func store() throws -> (FloorStore, TemporaryFolder) {
        let store = try StoreUnderTest.open(folder.path("tote.sqlite"))
        var a = Fixtures.order("#1001", shipBy: 5_000)
        a.carrier = "UPS"
        a.shipTo.name = "Ștefan Țurcanu"
        var b = Fixtures.order("#1002", priority: 2, shipBy: 9_000)
        b.carrier = "DHL"
        b.shipTo.name = "Åsa Öberg"
        var c = Fixtures.order("#2001", shipBy: 1_000)
        c.carrier = "UPS"
        c.shipTo.name = "Ana 100% Real_Name"
        try store.replaceAll(catalog: [Fixtures.sku(1)], orders: [a, b, c])
        return (store, folder)
    }

    @Test func atRiskOrdersComeFirstThenPriority() throws {
        let (store, _) = try store()
        #expect(try store.queue(QueueQuery(), atRiskBefore: .min, offset: 0, limit: 9).map(\.number) == ["#1002", "#2001", "#1001"])
        #expect(try store.queue(QueueQuery(), atRiskBefore: 6_000, offset: 0, limit: 9).map(\.number) == ["#2001", "#1001", "#1002"])
    }

    @Test func filtersAndSearchNarrowTheList() throws {
        let (store, _) = try store()
        func numbers(_ q: QueueQuery) throws -> [String] {
            try store.queue(q, atRiskBefore: .min, offset: 0, limit: 9).map(\.number)
        }
        #expect(try numbers(QueueQuery(carrier: "ups")) == ["#2001", "#1001"])
        #expect(try numbers(QueueQuery.parse("#100")) == ["#1002", "#1001"], "number prefix")
        #expect(try numbers(QueueQuery.parse("100")) == ["#1002", "#2001", "#1001"], "number prefix without #, or in a name")
        #expect(try numbers(QueueQuery.parse("#2001")) == ["#2001"])
        #expect(try numbers(QueueQuery.parse("Öberg")) == ["#1002"])
        #expect(try numbers(QueueQuery.parse("100%")) == ["#2001"], "% is matched literally")
        #expect(try numbers(QueueQuery(statuses: [.packed])) == [])
        #expect(try store.count(QueueQuery(carrier: "UPS")) == 2)
        #expect(try store.statusCounts() == [.new: 3])
    }
}
