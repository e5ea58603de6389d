import Testing
import ToteCore
@testable import ToteTUI

@Suite("Distance left")
struct PickDistanceTests {
    // Fixtures.layout: aisles 3 m apart, 1.2 m bays, 2 m cross aisles, depot at the front of aisle 1.
    let layout = Fixtures.layout
    let geometry = AisleGeometry(layout: Fixtures.layout)

    private func pick() -> PickList {
        var o = Fixtures.romanian
        o.status = .picking
        return PickList(order: o, catalog: Fixtures.catalog, layout: layout, router: OptimalPickRouter())
    }

    @Test func fromTheStationThroughEveryStopAndBack() {
        // Depot (0,0) → A01 bay 5 at depth 1+4.5·1.2 = 6.4 m → on over the back cross aisle at
        // depth 1+7.2+1 = 9.2 m (2.8 up, 3 across, 5.2 down; shorter than 6.4+3+4 by the front)
        // to A02 bay 3 at depth 4 → back to the depot: 6.4 + 11 + 4 + 3 = 24.4 m.
        #expect(abs(PickDistance.left(pick(), layout: layout, geometry: geometry) - 24.4) < 1e-9)
    }

    @Test func shrinksAsStopsAreDoneAndIsZeroAtTheEnd() {
        var p = pick()
        p.restore(pickedByLine: [2: 1])
        // Standing at A01 bay 5: 11 (by the back to A02 bay 3) + 4 + 3 (home) = 18 m.
        #expect(abs(PickDistance.left(p, layout: layout, geometry: geometry) - 18) < 1e-9)
        p.restore(pickedByLine: [1: 2, 2: 1])
        #expect(PickDistance.left(p, layout: layout, geometry: geometry) == 0)
        #expect(PickDistance.text(20.4) == "20 m")
    }
}
