import Foundation
import Testing
import ToteCore
import ToteStore

/// Every wrong scan is refused out loud, counts nothing, and is kept in the scan log.
@Suite("E2E: wrong scans", .timeLimit(.minutes(1)))
struct WrongScanTests {
    /// Scans `raw`, waits for `message` on the status line, then checks that no count moved
    /// and that the log's newest row is this scan, refused with `outcome`.
    private func expectRefused(_ raw: String, message: String, outcome: String, phase: ScanRecord.Phase,
                               order number: String, station: Station) async throws {
        let store = try station.openStore()
        let before = try #require(try store.order(number: number))
        let logged = try store.scans(order: number).count
        try await station.screen.sendScan(raw)
        try await station.screen.waitUntil("status line '\(message)' after scanning '\(raw)'") {
            $0.statusLine.contains(message)
        }
        let after = try #require(try store.order(number: number))
        #expect(after.pickedByLine == before.pickedByLine, "picks changed by '\(raw)'")
        #expect(after.packedByLine == before.packedByLine, "packs changed by '\(raw)'")
        let scans = try store.scans(order: number)
        #expect(scans.count == logged + 1, "'\(raw)' logged once")
        let last = try #require(scans.last)
        #expect(last.raw == raw)
        #expect(last.outcome == outcome, "outcome of '\(raw)'")
        #expect(last.outcome != "accepted")
        #expect(last.phase == phase)
        #expect(last.effect == nil || last.outcome == FloorStore.refusedOutcome)
    }

    @Test func wrongScansChangeNoCount() async throws {
        let station = try Station()
        defer { station.kill() }
        let s = try await station.launch()
        try await station.waitForDemo()
        let number = try await station.claimNext()
        let plan = try station.plan(number)
        let total = plan.reduce(0) { $0 + $1.quantity }
        try #require(plan.count >= 2, "the first demo order needs two lines for this test")
        let store = try station.openStore()
        let catalog = try store.loadCatalog()
        let first = plan[0]

        // A stranger: a catalogued SKU with a barcode that this order does not carry, in another bin.
        let onOrder = Set(plan.map(\.sku))
        let binsOnOrder = Set(plan.map(\.bin))
        let stranger = try #require(catalog.skus.first {
            !onOrder.contains($0.code) && !binsOnOrder.contains($0.bin.code) && !$0.barcodes.isEmpty
        })
        // A valid GTIN-13 that no product has.
        let noProduct = try #require(["200000000001", "200000000002", "299999999999"]
            .map { GS1CheckDigit.appending(to: $0) }
            .first { GTIN($0).flatMap(catalog.sku(gtin:)) == nil })
        // The first barcode with its check digit off by one.
        let lastDigit = Int(String(first.barcode.last!))!
        let badCheck = String(first.barcode.dropLast()) + String((lastDigit + 1) % 10)
        let pick = ScanRecord.Phase.pick

        // Pick screen.
        try await expectRefused(badCheck, message: "Check digit wrong: \(badCheck)", outcome: "bad_check_digit",
                                phase: pick, order: number, station: station)
        try await expectRefused("HELLO-WORLD-42", message: "Unknown barcode 'HELLO-WORLD-42'", outcome: "unknown",
                                phase: pick, order: number, station: station)
        try await expectRefused(noProduct, message: "No product has barcode \(noProduct)", outcome: "unknown_product",
                                phase: pick, order: number, station: station)
        try await expectRefused(first.barcode, message: "Scan the bin label first: \(first.bin)",
                                outcome: "scan_bin_first", phase: pick, order: number, station: station)
        try await expectRefused(stranger.barcodes[0], message: "Not on this order: \(stranger.code)",
                                outcome: "not_on_order", phase: pick, order: number, station: station)
        try await expectRefused(stranger.bin.code, message: "Wrong bin: \(stranger.bin.code)", outcome: "wrong_bin",
                                phase: pick, order: number, station: station)
        try await expectRefused("DONE", message: "DONE does nothing here", outcome: "command_not_here",
                                phase: pick, order: number, station: station)

        try await station.pick(first, units: first.quantity, progressBefore: 0, total: total)
        try await expectRefused(first.barcode, message: "Already have \(first.quantity) of \(first.quantity) \(first.sku)",
                                outcome: "over_pick", phase: pick, order: number, station: station)

        var picked = first.quantity
        for line in plan.dropFirst() {
            try await station.pick(line, units: line.quantity, progressBefore: picked, total: total)
            picked += line.quantity
        }
        try await s.waitFor("Pack \(number)")

        // Pack screen.
        let firstName = try #require(try store.loadCatalog().sku(code: first.sku)?.name)
        let pack = ScanRecord.Phase.pack
        let items = try station.packPlan(number).0.items
        try await expectRefused("DONE", message: "Not complete: \(items.count) open — next: \(items[0].name)",
                                outcome: "not_complete", phase: pack, order: number, station: station)
        try await expectRefused(badCheck, message: "Check digit wrong: \(badCheck)", outcome: "bad_check_digit",
                                phase: pack, order: number, station: station)
        try await expectRefused(stranger.barcodes[0], message: "Not on this order: \(stranger.code)",
                                outcome: "not_on_order", phase: pack, order: number, station: station)
        try await expectRefused(first.bin, message: "Unknown barcode '\(first.bin)'", outcome: "not_an_item",
                                phase: pack, order: number, station: station)
        try await expectRefused("NEXT", message: "NEXT does nothing here", outcome: "command_not_here",
                                phase: pack, order: number, station: station)

        for _ in 0..<first.quantity {
            try await s.sendScan(first.barcode)
        }
        try await s.waitUntil("first line packed") { $0.count(ofSKU: first.sku) == first.quantity }
        try await expectRefused(first.barcode, message: "Already have \(first.quantity) of \(first.quantity) \(firstName)",
                                outcome: "over_scan", phase: pack, order: number, station: station)

        // The refusals did not get in the way: the order still completes.
        try await station.packAll(Array(plan.dropFirst()), alreadyPacked: first.quantity, total: total)
        try await station.done(number)
        #expect(try store.status(of: number) == .packed)
        let scans = try store.scans(order: number)
        #expect(scans.filter { $0.outcome != "accepted" }.count == 14, "\(scans.map { "\($0.raw):\($0.outcome)" })")
    }
}
