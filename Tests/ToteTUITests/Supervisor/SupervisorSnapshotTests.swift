import Testing
import ToteCore
@testable import ToteTUI

/// 80x24 text snapshots of each supervisor panel (`__Snapshots__/supervisor-*.txt`).
struct SupervisorSnapshotTests {
    let view = SupervisorView()

    @Test func throughput() { assertSnapshot(view.render(SupervisorFixtures.state(.throughput)), named: "supervisor-throughput-80x24") }
    @Test func queue() { assertSnapshot(view.render(SupervisorFixtures.state(.queue)), named: "supervisor-queue-80x24") }
    @Test func exceptions() { assertSnapshot(view.render(SupervisorFixtures.state(.exceptions)), named: "supervisor-exceptions-80x24") }
    @Test func charts() { assertSnapshot(view.render(SupervisorFixtures.state(.charts)), named: "supervisor-charts-80x24") }

    @Test func reassignPrompt() {
        var state = SupervisorFixtures.state(.exceptions)
        state.selection = 2
        state.pending = .reassign(order: "#1201", station: "PACK-0")
        assertSnapshot(view.render(state), named: "supervisor-reassign-80x24")
        #expect(view.cursor(state)?.y == 21)
    }

    @Test func loadingAndTooSmall() {
        let loading = SupervisorState(nowMillis: SupervisorFixtures.now, supervisor: "sam", storePath: "x")
        assertSnapshot(view.render(loading), named: "supervisor-loading-80x24")
        var small = loading
        small.width = 60
        assertSnapshot(view.render(small), named: "supervisor-too-small-60x24")
    }

    @Test func widgets() {
        #expect(Sparkline.text([0, 1, 2, 4, 8], width: 5) == " ▁▂▄█")
        #expect(Sparkline.text([1, 2, 3], width: 2) == "▆█")
        var grid = Grid(width: 10, height: 3)
        BarChart(values: [1, 4, 0, 2]).render(into: &grid, area: Rect(x: 0, y: 0, width: 10, height: 3))
        #expect(grid.text == "  4  █\n  0 ▄█ █\n\n")
    }
}
