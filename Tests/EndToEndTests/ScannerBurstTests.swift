import Foundation
import Testing
import ToteCore
import ToteStore

/// A keyboard-wedge scanner types a whole barcode and its Enter in a few milliseconds, and a
/// fast packer's scans follow each other just as closely. Each must arrive as one scan.
@Suite("E2E: scanner bursts", .timeLimit(.minutes(1)))
struct ScannerBurstTests {
    /// The same product as `barcode`, written as a 14-digit GTIN (leading zeros).
    private func gtin14(_ barcode: String) -> String {
        String(repeating: "0", count: max(0, 14 - barcode.count)) + barcode
    }

    @Test func scannerBurstsArriveWhole() async throws {
        let station = try Station()
        defer { station.kill() }
        let s = try await station.launch()
        try await station.waitForDemo()

        // The two orders NEXT will hand out, in that order.
        let store = try station.openStore()
        let queue = try store.queue(offset: 0, limit: 2)
        try #require(queue.count == 2)
        let (firstOrder, secondOrder) = (queue[0].number, queue[1].number)
        let plan1 = try station.plan(firstOrder)
        let plan2 = try station.plan(secondOrder)
        let longUnknown = "ZZ-" + String(String(repeating: "0123456789ABCDEFGHJK", count: 3).prefix(57))
        #expect(longUnknown.count == 60)

        // Burst 1: claim, then every pick of the first order, with barcodes alternately as
        // printed (12/13 digits) and as GTIN-14, and a 60-character unknown scan in the middle.
        var pickScans: [String] = []
        var useLong = false
        for (i, line) in plan1.enumerated() {
            pickScans.append(line.bin)
            for _ in 0..<line.quantity {
                pickScans.append(useLong ? gtin14(line.barcode) : line.barcode)
                useLong.toggle()
            }
            if i == 0 { pickScans.append(longUnknown) }
        }
        let burst1 = (["NEXT"] + pickScans).map { $0 + "\r" }.joined()
        try await s.sendLiteral(burst1)
        try await s.waitFor("Pack \(firstOrder)")

        // Burst 2: pack every unit and what the rules add, weigh (the box closes by itself),
        // claim the next order and make its first pick.
        var packScans: [String] = []
        for line in plan1 {
            for _ in 0..<line.quantity {
                packScans.append(useLong ? gtin14(line.barcode) : line.barcode)
                useLong.toggle()
            }
        }
        packScans += try station.checklistScans(firstOrder)
        let nextScans = [plan2[0].bin, gtin14(plan2[0].barcode)]
        let burst2 = (packScans + ["NEXT"] + nextScans).map { $0 + "\r" }.joined()
        try await s.sendLiteral(burst2)

        let expectedTotal = pickScans.count + packScans.count + nextScans.count + 2
        let deadline = Date().addingTimeInterval(15)
        while try store.scanCount() < expectedTotal, Date() < deadline {
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        try await s.waitFor("Pick \(secondOrder)")

        // Exactly the scans sent, in order: none split, merged or lost.
        let log1 = try store.scans(order: firstOrder)
        #expect(log1.map(\.raw) == pickScans + packScans)
        let log2 = try store.scans(order: secondOrder)
        #expect(log2.map(\.raw) == nextScans)
        #expect(try store.scanCount() == expectedTotal, "two NEXT scans belong to no order; nothing else may exist")
        for scan in log1 + log2 {
            #expect(scan.outcome == (scan.raw == longUnknown ? "unknown" : "accepted"), "\(scan.raw): \(scan.outcome)")
        }
        #expect(try store.status(of: firstOrder) == .packed)
        let second = try #require(try store.order(number: secondOrder))
        #expect(second.claimedBy == Station.stationID)
        #expect(second.pickedByLine[plan2[0].line] == 1)
    }
}
