import Foundation
import Testing
import ToteCore
import ToteStore

/// Cluster picking on the real binary: a cart label claims several orders, the picker walks
/// one route scanning bins and units (each unit to the tote the screen names), the cart closes
/// to packing, and at a pack station an item scan opens the order it belongs to.
@Suite("E2E: cart picking", .timeLimit(.minutes(2)))
struct CartPickingTests {
    /// The cart `station` holds, and its walk as the station plans it (same layout file).
    static func cart(of station: Station) throws -> ((cart: String, orders: [OrderProgress]), CartWalk, Catalog) {
        let store = try station.openStore()
        guard let active = try store.activeCart(station: station.id) else { throw EndToEndError("no cart held") }
        let layoutFile = ToteBinary.configDirectory + "/warehouse.toml"
        let layout = try WarehouseLayout.parse(String(contentsOfFile: layoutFile, encoding: .utf8), file: layoutFile)
        let catalog = try store.loadCatalog()
        return (active, CartWalk(cart: active.cart, orders: active.orders.map(\.order), catalog: catalog, layout: layout), catalog)
    }

    @Test func aCartIsPickedInOneWalkAndSortedAtThePackStation() async throws {
        let station = try Station()
        defer { station.kill() }
        let s = try await station.launch()
        try await station.waitForDemo()

        try await s.sendScan("CART07")
        try await s.waitFor("Cart CART07")
        let store = try station.openStore()
        let (active, walk, catalog) = try Self.cart(of: station)
        #expect(active.orders.count == 4, "config/station.toml has cart_totes = 4")

        var bin: BinLocation?
        for (i, step) in walk.pick.steps.enumerated() {
            if step.bin != bin {
                try await s.sendScan(step.bin.code)
                try await s.waitUntil("bin \(step.bin.code) confirmed") { $0.statusLine.contains("Bin \(step.bin.code) confirmed") }
                bin = step.bin
            }
            let barcode = try #require(catalog.sku(code: step.sku)?.barcodes.first)
            for unit in 1...step.quantity {
                try await s.sendScan(barcode)
                if i == walk.pick.steps.count - 1 && unit == step.quantity { break }
                let tote = walk.owners[i].tote
                try await s.waitUntil("put \(unit) into tote \(tote)") {
                    $0.statusLine.contains("tote \(tote) (\(walk.owners[i].order)): \(step.sku) \(unit) of")
                }
            }
        }
        try await s.waitFor("Cart CART07 picked: 4 orders")
        for progress in active.orders {
            #expect(try store.status(of: progress.order.number) == .picked)
            let now = try #require(try store.order(number: progress.order.number))
            #expect(now.claimedBy == nil, "free for any pack station")
            for line in progress.order.shippableLines { #expect(now.pickedByLine[line.lineNumber] == line.quantity) }
        }

        // At the pack station: an item from the cart finds its order and tote.
        let first = active.orders[0].order
        let sku = try #require(first.shippableLines.first?.sku)
        try await s.sendScan(try #require(catalog.sku(code: sku)?.barcodes.first))
        try await s.waitFor("of CART07:")
        let held = try #require(try store.activeOrder(station: station.id))
        #expect(held.order.lines.contains { $0.sku == sku })
        try await s.waitFor("Pack \(held.order.number)")
    }

    /// A station that stops mid-cart finds its cart again, with the units it had picked.
    @Test func aRestartResumesTheCart() async throws {
        let station = try Station()
        defer { station.kill() }
        let s = try await station.launch()
        try await station.waitForDemo()
        try await s.sendScan("CART02")
        try await s.waitFor("Cart CART02")
        let (active, walk, catalog) = try Self.cart(of: station)
        let step = walk.pick.steps[0]
        try await s.sendScan(step.bin.code)
        try await s.waitUntil("bin confirmed") { $0.statusLine.contains("Bin \(step.bin.code) confirmed") }
        try await s.sendScan(try #require(catalog.sku(code: step.sku)?.barcodes.first))
        try await s.waitUntil("first unit put") { $0.statusLine.contains("tote \(walk.owners[0].tote)") }

        let again = try await station.launch()
        try await again.waitFor("Resumed cart CART02 (\(active.orders.count) orders)")
        try await again.waitFor("1/\(walk.pick.unitsTotal)")
    }
}
