import ArgumentParser
import Foundation
import ToteCore

/// `tote bench route`: solve time of the pick router on the benchmark's three layouts
/// (1, 2 and 3 blocks), random storage, seeded; median and p95 per pick-list size.
struct RouteBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route", abstract: "Pick-route planning time at 30 and 100 picks (release build).")

    @Option(help: "Pick lists per layout and size.")
    var lists: Int = 200

    func run() {
        let layouts: [(String, WarehouseLayout)] = [("1 block, 10 aisles", Self.layout(10, [30])),
                                                    ("2 blocks, 10 aisles", Self.layout(10, [15, 15])),
                                                    ("3 blocks, 12 aisles", Self.layout(12, [15, 15, 15]))]
        print("pick routing, exact aisle sweep: median / p95 ms per list (\(lists) lists per cell)")
        for size in [30, 100] {
            var all: [Double] = []
            for (name, layout) in layouts {
                let planner = PickRoutePlanner(layout: layout)
                var rng = SeededRandom(seed: UInt64(size * 31 + layout.blockCount))
                var times: [Double] = []
                var checksum = 0.0
                for _ in 0..<lists {
                    let bins = (0..<size).map { _ in
                        BinLocation(aisle: Int(rng.next() % UInt64(layout.aisleCount)) + 1, side: .a,
                                    bay: Int(rng.next() % UInt64(layout.baysPerSide)) + 1, level: 1)
                    }
                    let clock = ContinuousClock()
                    let began = clock.now
                    checksum += planner.plan(bins).length
                    let took = clock.now - began
                    times.append(BenchFigures.milliseconds(took))
                }
                all += times
                let label = name.padding(toLength: 20, withPad: " ", startingAt: 0)
                print(String(format: "  %3d picks  ", size) + label
                    + String(format: " median %7.3f ms  p95 %7.3f ms  (mean walk %.1f m)",
                             BenchFigures.percentile(times, 0.5), BenchFigures.percentile(times, 0.95), checksum / Double(lists)))
            }
            print(String(format: "  %3d picks  all layouts           median %7.3f ms", size, BenchFigures.percentile(all, 0.5)))
        }
    }

    static func layout(_ aisles: Int, _ blocks: [Int]) -> WarehouseLayout {
        WarehouseLayout(name: "bench", aisleCount: aisles, baysPerSide: blocks.reduce(0, +), levels: 4, bayWidth: 1,
                        aisleSpacing: 5, crossAisleWidth: 3, baysPerBlock: blocks)
    }

}
