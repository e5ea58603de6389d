import Testing
@testable import ToteCore

@Suite("Warehouse layout: blocks, depots, zones")
struct WarehouseLayoutBlocksTests {
    @Test func singleBlockGeometryKeepsTheOldDepths() {
        let layout = WarehouseLayout(name: "T", aisleCount: 12, baysPerSide: 6, levels: 2)
        #expect(layout.blockCount == 1)
        #expect(layout.crossAisleY == [0, 2 + 6 * 1.2])
        #expect(abs(layout.depth(of: BinLocation(aisle: 1, side: .a, bay: 1, level: 1)) - 1.6) < 1e-12)
        #expect(layout.validate().isEmpty)
    }

    @Test func middleCrossAislesShiftTheBackBlocks() {
        let layout = WarehouseLayout(name: "T", aisleCount: 4, baysPerSide: 30, levels: 1, bayWidth: 1,
                                     aisleSpacing: 5, crossAisleWidth: 3, baysPerBlock: [15, 15])
        #expect(layout.crossAisleY == [0, 18, 36])
        #expect(layout.block(ofBay: 15) == 0 && layout.block(ofBay: 16) == 1 && layout.block(ofBay: 31) == nil)
        #expect(layout.depth(of: BinLocation(aisle: 1, side: .a, bay: 16, level: 1)) == 18 + 1.5 + 0.5)
    }

    @Test func refusesBadLayoutsWithTheReason() {
        var layout = WarehouseLayout(name: "T", aisleCount: 4, baysPerSide: 10, levels: 1, baysPerBlock: [5, 4])
        #expect(layout.validate().first?.contains("would map to no slot") == true)
        layout.baysPerBlock = [5, 5]
        layout.aisleWidth = 3.5
        #expect(layout.validate().first?.contains("overlap") == true)
        layout.aisleWidth = 1.5
        layout.depots = [Depot(name: "P", crossAisle: 3)]
        #expect(layout.validate().first?.contains("unreachable") == true)
        layout.depots = [Depot(name: "P", crossAisle: 2, offset: 40)]
        #expect(layout.validate().first?.contains("unreachable") == true)
        layout.depots = [.front]
        layout.zones = [WarehouseZone(name: "a", aisles: 1...3), WarehouseZone(name: "b", aisles: 3...4)]
        #expect(layout.validate() == ["zones: b overlaps a"])
        layout.zones = [WarehouseZone(name: "a", aisles: 1...3), WarehouseZone(name: "b", aisles: 4...4)]
        #expect(layout.validate().isEmpty)
        #expect(layout.zone(ofAisle: 4)?.name == "b")
    }

    @Test func parsesBlocksDepotsAndZones() throws {
        let text = """
            [layout]
            name = "Big"
            aisles = 10
            bays_per_side = 30
            levels = 4
            bay_width_m = 1
            aisle_spacing_m = 5
            cross_aisle_width_m = 3
            bays_per_block = [15, 15]
            level_cost_m = 0.5

            [depots]
            IN = { cross_aisle = 0, aisle = 1 }
            OUT = { cross_aisle = 2, aisle = 10, offset_m = 2.5 }

            [zones]
            fast = [1, 4]
            """
        let layout = try WarehouseLayout.parse(text, file: "w.toml")
        #expect(layout.baysPerBlock == [15, 15])
        #expect(layout.depots == [Depot(name: "IN", crossAisle: 0, offset: 0), Depot(name: "OUT", crossAisle: 2, offset: 47.5)])
        #expect(layout.zones == [WarehouseZone(name: "fast", aisles: 1...4)])
        #expect(layout.levelCost == 0.5)
    }

    @Test func reportsAnUnreachableDepotAtItsLine() {
        let text = """
            [layout]
            name = "Big"
            aisles = 4
            bays_per_side = 6
            levels = 1

            [depots]
            IN = { cross_aisle = 0 }
            LOST = { cross_aisle = 5 }
            """
        #expect(throws: ConfigError.self) { try WarehouseLayout.parse(text, file: "w.toml") }
        do { _ = try WarehouseLayout.parse(text, file: "w.toml") } catch {
            #expect(error.line == 9)
            #expect(error.reason.contains("unreachable"))
        }
    }
}
