import Foundation
import Testing
import ToteCore
import ToteStore

@Suite struct FloorStoreImportTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    static let header = "Name,Email,Created at,Lineitem quantity,Lineitem name,Lineitem sku,Lineitem requires shipping,"
        + "Shipping Name,Shipping Address1,Shipping City,Shipping Zip,Shipping Country,Cancelled at\n"

    /// A Shopify-format file of `orders` (number, [(sku, quantity)]), all valid against SKUs 1…5.
    static func csv(_ orders: [(String, [(String, Int)])], cancelled: [String] = []) -> [UInt8] {
        var text = header
        for (number, lines) in orders {
            for (i, line) in lines.enumerated() {
                let head = i == 0 ? "c@example.com,2025-03-05 10:00:00 +0000" : ","
                text += "\(number),\(head),\(line.1),Item,\(line.0),true,"
                text += i == 0 ? "Cust \(number),1 Main St,Lund,'22222,SE,\n" : ",,,,,\n"
            }
        }
        for number in cancelled {
            text += "\(number),c@example.com,2025-03-05 10:00:00 +0000,1,Item,SKU-1,true,X,1 St,Lund,1,SE,2025-03-05 11:00:00 +0000\n"
        }
        return Array(text.utf8)
    }

    func read(_ bytes: [UInt8], _ store: FloorStore) throws -> OrderImport {
        ShopifyOrderImporter(catalog: try store.loadCatalog(), shipByRule: ShipByRule()).read(bytes)
    }

    func emptyStore() throws -> FloorStore { try Fixtures.store(in: folder, orders: []) }

    struct Snap: Equatable {
        var listing: OrderListing
        var progress: OrderProgress?
        var flags: OrderFlags?
    }

    /// Everything an import may change, to compare before and after.
    func snapshot(_ store: FloorStore) throws -> [Snap] {
        try store.listOrders().map { o in
            Snap(listing: o, progress: try store.order(number: o.number), flags: try store.flags(of: o.number))
        }
    }

    @Test func newOrdersGoInAndReimportChangesNothing() throws {
        let store = try emptyStore()
        let file = Self.csv([("#1", [("SKU-1", 2), ("SKU-2", 1)]), ("#2", [("SKU-3", 1)])])

        let first = try store.importOrders(try read(file, store), mode: .apply, now: Fixtures.now)
        #expect(first.new == 2)
        let order = try #require(try store.order(number: "#1")).order
        #expect(order.lines.map(\.quantity) == [2, 1])
        #expect(order.shipTo.postalCode == "22222")
        #expect(order.customer?.email == "c@example.com")
        let before = try snapshot(store)

        let second = try store.importOrders(try read(file, store), mode: .apply, now: Fixtures.now + 1)
        #expect(second.unchanged == 2 && second.new == 0 && second.updated == 0)
        #expect(try snapshot(store) == before)
    }

    @Test func changedUntouchedOrderIsUpdated() throws {
        let store = try emptyStore()
        _ = try store.importOrders(try read(Self.csv([("#1", [("SKU-1", 2)])]), store), mode: .apply, now: Fixtures.now)
        let counts = try store.importOrders(try read(Self.csv([("#1", [("SKU-1", 5), ("SKU-2", 1)])]), store),
                                            mode: .apply, now: Fixtures.now)
        #expect(counts.updated == 1)
        #expect(try store.order(number: "#1")?.order.lines.map(\.quantity) == [5, 1])
    }

    @Test func orderAtAStationIsFlaggedNotChanged() throws {
        let store = try emptyStore()
        _ = try store.importOrders(try read(Self.csv([("#1", [("SKU-1", 2)]), ("#2", [("SKU-2", 1)])]), store),
                                   mode: .apply, now: Fixtures.now)
        _ = try store.claim(number: "#1", station: "S1", now: Fixtures.now)
        _ = try store.claim(number: "#2", station: "S2", now: Fixtures.now)
        let held = try store.order(number: "#1")

        let changed = try read(Self.csv([("#1", [("SKU-1", 3)])], cancelled: ["#2"]), store)
        let counts = try store.importOrders(changed, mode: .apply, now: Fixtures.now + 5)

        #expect(counts.flagged == 1 && counts.cancelRequested == 1)
        let after = try store.order(number: "#1")
        #expect(after?.order == held?.order, "the held order's content is never changed under the station")
        #expect(after?.pickedByLine == held?.pickedByLine)
        #expect(after?.flags.changedWhileClaimedAt == Fixtures.now + 5, "the station sees the flag with the order")
        let flags = try #require(try store.flags(of: "#1"))
        #expect(flags.changedWhileClaimedAt == Fixtures.now + 5)
        #expect(flags.pendingChange?.lines.map(\.quantity) == [3])
        #expect(try store.flags(of: "#2")?.cancelRequestedAt == Fixtures.now + 5)
        #expect(try store.status(of: "#2") == .picking)
        #expect(try store.flaggedOrders() == ["#1", "#2"])
        let listed = try store.listOrders(statuses: [.picking])
        #expect(listed.map(\.changedWhileClaimed) == [true, false])
        #expect(listed.map(\.cancelRequested) == [false, true])

        // The same change again is not a new event.
        let again = try store.importOrders(try read(Self.csv([("#1", [("SKU-1", 3)])], cancelled: ["#2"]), store),
                                           mode: .apply, now: Fixtures.now + 9)
        #expect(again.unchanged == 2 && again.flagged == 0)
        #expect(try store.flags(of: "#1")?.changedWhileClaimedAt == Fixtures.now + 5)

        try store.release(number: "#1", station: "S1", now: Fixtures.now + 10)
        try store.clearFlags(number: "#1", applyPendingChange: true)
        #expect(try store.order(number: "#1")?.order.lines.map(\.quantity) == [3])
        #expect(try store.flags(of: "#1")?.isEmpty == true)
    }

    @Test func cancellationOfUntouchedOrderCancelsIt() throws {
        let store = try emptyStore()
        _ = try store.importOrders(try read(Self.csv([("#1", [("SKU-1", 2)])]), store), mode: .apply, now: Fixtures.now)
        let counts = try store.importOrders(try read(Self.csv([], cancelled: ["#1", "#unknown"]), store),
                                            mode: .apply, now: Fixtures.now)
        #expect(counts.cancelled == 1 && counts.skipped == 1)
        #expect(try store.status(of: "#1") == .cancelled)
        #expect(try store.openOrderCount() == 0)
    }

    @Test func badFileLeavesTheStoreUnchanged() throws {
        let store = try emptyStore()
        _ = try store.importOrders(try read(Self.csv([("#1", [("SKU-1", 2)])]), store), mode: .apply, now: Fixtures.now)
        let before = try snapshot(store)
        var text = String(decoding: Self.csv([("#1", [("SKU-1", 7)]), ("#2", [("SKU-2", 1)])]), as: UTF8.self)
        text += "#3,c@example.com,2025-03-05 10:00:00 +0000,zero,Item,SKU-1,true,X,1 St,Lund,1,SE,\n"
        let batch = try read(Array(text.utf8), store)
        #expect(batch.problems.map(\.line) == [4])

        #expect(throws: ImportRejected.self) {
            _ = try store.importOrders(batch, mode: .apply, now: Fixtures.now)
        }
        #expect(try snapshot(store) == before)
        if StoreUnderTest.isSQLite { #expect(try store.integrityCheck() == "ok") }

        let skipping = try store.importOrders(batch, mode: .apply, now: Fixtures.now, skipInvalid: true)
        #expect(skipping.updated == 1 && skipping.new == 1 && skipping.rejected == 1)
    }

    @Test func failureMidTransactionRollsEverythingBack() throws {
        let store = try emptyStore()
        var batch = try read(Self.csv([("#1", [("SKU-1", 2)]), ("#2", [("SKU-2", 1)])]), store)
        batch.orders[1].lines[0].quantity = 0  // the CHECK constraint refuses it after #1 went in
        #expect(throws: (any Error).self) {
            _ = try store.importOrders(batch, mode: .apply, now: Fixtures.now)
        }
        #expect(try store.listOrders().isEmpty)
    }

    @Test func dryRunCountsButWritesNothing() throws {
        let store = try emptyStore()
        let counts = try store.importOrders(try read(Self.csv([("#1", [("SKU-1", 2)])]), store), mode: .dryRun,
                                            now: Fixtures.now)
        #expect(counts.new == 1)
        #expect(try store.listOrders().isEmpty)
    }

    @Test func giftCardLineIsStoredButNotNeededToClose() throws {
        let store = try emptyStore()
        var order = Fixtures.order("#1", units: [1])
        order.lines.append(OrderLine(lineNumber: 2, sku: "", name: "Gift card", quantity: 1, unitPriceMinor: 2500,
                                     requiresShipping: false))
        var batch = OrderImport()
        batch.orders = [order]
        _ = try store.importOrders(batch, mode: .apply, now: Fixtures.now)
        #expect(try store.order(number: "#1")?.order.lines == order.lines)

        _ = try store.claimNext(station: "S1", now: Fixtures.now)
        #expect(try store.record(Fixtures.scan(.pick(line: 1), order: "#1")))
        try store.move(number: "#1", from: .picking, to: .picked, station: "S1", now: Fixtures.now)
        try store.move(number: "#1", from: .picked, to: .packing, station: "S1", now: Fixtures.now)
        #expect(try store.record(Fixtures.scan(.pack(line: 1), order: "#1", phase: .pack)))
        try store.completePack(number: "#1", station: "S1", labelPath: "/l.zpl", now: Fixtures.now)
        #expect(try store.status(of: "#1") == .packed)
    }
}
