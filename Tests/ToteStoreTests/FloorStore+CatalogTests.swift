import Foundation
import Testing
import ToteCore
import ToteStore

@Suite struct FloorStoreCatalogTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    @Test func replaceAllThenLoadCatalogRoundTrips() throws {
        let upcA = GS1CheckDigit.appending(to: "03600029145")  // 12 digits, stored as typed
        let skus = [Fixtures.sku(1, barcodes: [Fixtures.ean13(1), upcA]), Fixtures.sku(2, barcodes: []),
                    Fixtures.sku(3)]
        let store = try StoreUnderTest.open(folder.path("tote.sqlite"))

        try store.replaceAll(catalog: skus, orders: [])
        let catalog = try store.loadCatalog()

        #expect(catalog.skus == skus)
        #expect(catalog.sku(gtin: GTIN("0" + upcA)!)?.code == "SKU-1")
    }

    @Test func replaceAllRoundTripsOrdersWithZeroCounts() throws {
        let order = Fixtures.order("#7", priority: 2, units: [3, 1, 4], customer: "Åsa Öberg")
        let store = try Fixtures.store(in: folder, orders: [order])

        let progress = try #require(try store.order(number: "#7"))

        #expect(progress.order == order)
        #expect(progress.pickedByLine == [1: 0, 2: 0, 3: 0])
        #expect(progress.packedByLine == [1: 0, 2: 0, 3: 0])
        #expect(progress.claimedBy == nil)
        #expect(try store.status(of: "#7") == .new)
        #expect(try store.labelPath(of: "#7") == nil)
        #expect(try store.order(number: "#8") == nil)
    }

    @Test func replaceAllDropsEverythingBefore() throws {
        let store = try Fixtures.store(in: folder, orders: [Fixtures.order("#1"), Fixtures.order("#2")])
        _ = try store.claimNext(station: "S1", now: Fixtures.now)
        _ = try store.record(Fixtures.scan(nil, order: "#1"))

        try store.replaceAll(catalog: [Fixtures.sku(9)], orders: [Fixtures.order("#3")])

        #expect(try store.loadCatalog().skus.map(\.code) == ["SKU-9"])
        #expect(try store.queue(offset: 0, limit: 10).map(\.number) == ["#3"])
        #expect(try store.scanCount() == 0)
        #expect(try store.activeOrder(station: "S1") == nil)
    }

    @Test func invalidCatalogLeavesTheStoreAsItWas() throws {
        let store = try Fixtures.store(in: folder, orders: [Fixtures.order("#1")])
        let clash = Fixtures.sku(2, barcodes: [Fixtures.ean13(1)])  // SKU-1's barcode

        #expect(throws: Catalog.BuildError.self) {
            try store.replaceAll(catalog: [Fixtures.sku(1), clash], orders: [])
        }
        #expect(throws: (any Error).self) {  // duplicate order number: the transaction rolls back
            try store.replaceAll(catalog: [Fixtures.sku(1)], orders: [Fixtures.order("#5"), Fixtures.order("#5")])
        }

        #expect(try store.loadCatalog().count == 5)
        #expect(try store.queue(offset: 0, limit: 10).map(\.number) == ["#1"])
    }

    @Test func demoSizedLoadCompletes() throws {
        let skus = (1...150).map { Fixtures.sku($0) }
        let orders = (1...40).map { Fixtures.order("#\(1000 + $0)", units: [1, 2, 3, 1]) }
        let store = try StoreUnderTest.open(folder.path("tote.sqlite"))

        try store.replaceAll(catalog: skus, orders: orders)

        #expect(try store.loadCatalog().count == 150)
        #expect(try store.openOrderCount() == 40)
    }
}
