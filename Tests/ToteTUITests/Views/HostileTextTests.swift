import Testing
import ToteCore
@testable import ToteTUI

/// Order text comes from shops and customers. Escape sequences, control characters and bidi
/// overrides in it must reach the terminal only as visible placeholders, on every screen.
@Suite("Hostile order text")
struct HostileTextTests {
    let view = AppView(context: Fixtures.context)

    /// What must never be in a cell: C0/C1 controls, DEL, bidi embeddings, overrides, isolates
    /// and marks.
    static func isForbidden(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x200E || v == 0x200F || v == 0x061C
    }

    static func forbiddenCells(_ grid: Grid) -> [String] {
        grid.cells.map(\.text).filter { $0.unicodeScalars.contains(where: isForbidden) }
    }

    static let hostile = "Eve\u{1B}]0;pwned\u{07}\u{1B}[2J\u{202E}gnp.exe\u{2066}\u{9B}31m\r\n\u{7F}\u{0}"

    private func hostileOrder() -> Order {
        var order = Fixtures.romanian
        order.shipTo = ShipTo(name: Self.hostile, address1: "1 \u{1B}[1;1H Main St", city: "Q\u{200F}\u{061C}town",
                              postalCode: "\u{1B}c", country: "US")
        order.lines = order.lines.map {
            var line = $0
            line.name = "Mug \u{1B}[5m\u{202D}blink\u{08}\u{08}"
            return line
        }
        order.status = .picking
        return order
    }

    @Test func queuePickAndPackShowPlaceholdersOnly() {
        var queue = Fixtures.state()
        queue.queue.rows = [Fixtures.row(hostileOrder())]
        queue.queue.total = 1
        queue.status = StatusMessage("order from \(Self.hostile)", .warning)
        let queueGrid = view.render(queue)
        #expect(Self.forbiddenCells(queueGrid).isEmpty, "\(Self.forbiddenCells(queueGrid))")
        #expect(queueGrid.text.contains("Eve␛]0;pwned␇"), "the escape is shown, not run:\n\(queueGrid.text)")

        var h = Harness()
        h.send(.orderOpened(OrderProgress(order: hostileOrder(), claimedBy: "PACK-01"), resumed: false))
        h.scanCommitted("A02-A-03-1")
        for state in [h.state] + [{ () -> AppState in
            var s = h.state
            s.width = 40
            s.height = 16
            return s
        }()] {
            let grid = view.render(state)
            #expect(Self.forbiddenCells(grid).isEmpty, "pick \(state.width)x\(state.height): \(Self.forbiddenCells(grid))")
        }

        var packing = hostileOrder()
        packing.status = .packing
        var p = Harness()
        p.send(.orderOpened(OrderProgress(order: packing, pickedByLine: [1: 2, 2: 1], claimedBy: "PACK-01"),
                            resumed: false))
        let packGrid = view.render(p.state)
        #expect(Self.forbiddenCells(packGrid).isEmpty, "\(Self.forbiddenCells(packGrid))")
    }

    /// 5,000 seeded random strings, dense in controls, bidi and wide or combining characters,
    /// written anywhere on a grid: no forbidden scalar in any cell, and no crash.
    @Test func randomTextNeverReachesTheTerminalRaw() {
        var random = SeededRandom(seed: 0x7E57_0001)
        func next() -> UInt64 { random.next() }
        let pools: [ClosedRange<UInt32>] = [0...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200B...0x200F,
                                            0x300...0x36F, 0xAC00...0xAC20, 0x1F600...0x1F64F, 0x20...0x7E]
        var grid = Grid(width: 40, height: 6)
        for _ in 0..<5_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int(next() % 24) {
                let pool = pools[Int(next() % UInt64(pools.count))]
                let value = pool.lowerBound + UInt32(next() % UInt64(pool.count))
                text.append(Unicode.Scalar(value) ?? "?")
            }
            let x = Int(next() % 44) - 2
            let y = Int(next() % 7) - 1
            grid.put(String(text), x: x, y: y, maxWidth: Int(next() % 30))
        }
        #expect(Self.forbiddenCells(grid).isEmpty, "\(Self.forbiddenCells(grid).prefix(5))")
    }
}
