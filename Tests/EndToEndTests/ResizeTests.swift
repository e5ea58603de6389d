import Foundation
import Testing
import ToteCore
import ToteStore

/// Packers resize windows, split panes and rotate tablets: the station must ride it out.
@Suite("E2E: resizing", .timeLimit(.minutes(1)))
struct ResizeTests {
    /// The notice, whole or clipped to a tiny window.
    static func saysTooSmall(_ screen: Screen) -> Bool {
        screen.contains("Terminal too") || screen.contains("too small") || screen.contains("Too small")
    }

    @Test func resizeNeverCrashes() async throws {
        let station = try Station()
        defer { station.kill() }
        let s = try await station.launch()
        try await station.waitForDemo()
        let pid = try await station.totePID()

        // On the queue.
        try await s.resize(width: 20, height: 5)
        try await s.waitUntil("the too-small notice at 20x5") { $0.rows.count == 5 && Self.saysTooSmall($0) }
        try await s.resize(width: 80, height: 24)
        try await s.waitFor("Tote · Queue")

        // Mid-order.
        let number = try await station.claimNext()
        let plan = try station.plan(number)
        let total = plan.reduce(0) { $0 + $1.quantity }
        try #require(total >= 2)
        try await station.pick(plan[0], units: 1, progressBefore: 0, total: total)
        let store = try station.openStore()
        let before = try #require(try store.order(number: number))
        let shownBefore = try await s.capture().count(ofSKU: plan[0].sku)
        #expect(shownBefore == 1)

        try await s.resize(width: 20, height: 5)
        try await s.waitUntil("the too-small notice at 20x5") { $0.rows.count == 5 && Self.saysTooSmall($0) }
        // 40x16: the too-small notice, or a compact view of the same order.
        try await s.resize(width: 40, height: 16)
        try await s.waitUntil("a 40x16 screen (too-small notice or compact view)") {
            $0.rows.count == 16 && ($0.contains("Terminal too") || $0.contains(number))
        }
        // A storm of sizes without waiting, down to a single cell.
        for (w, h) in [(120, 40), (1, 1), (30, 10), (81, 25), (79, 24), (2, 2), (200, 60)] {
            try await s.resize(width: w, height: h)
        }
        try await s.resize(width: 80, height: 24)
        let back = try await s.waitUntil("the pick screen back at 80x24") {
            $0.title.contains("Pick \(number)") && $0.rows.count == 24 && !$0.contains("Terminal too")
        }
        #expect(back.count(ofSKU: plan[0].sku) == 1, "count after resizing:\n\(back.framed)")
        #expect(back.progress?.have == 1)
        #expect(Station.isAlive(pid), "tote died while resizing")
        #expect(!back.contains("EXIT="))

        let after = try #require(try store.order(number: number))
        #expect(after == before, "resizing changed the order in the store")

        // The queue comes back too, listing the order as held here.
        try await s.sendKey("Escape")
        let queue = try await s.waitFor("Tote · Queue")
        #expect(queue.rows.contains { $0.contains(number) && $0.contains(Station.stationID) }, "\(queue.framed)")
        #expect(Station.isAlive(pid))
    }
}
