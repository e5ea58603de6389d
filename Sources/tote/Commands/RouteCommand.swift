import ArgumentParser
import Foundation
import ToteCore

/// `tote route --instances DIR --out FILE`: plans every benchmark instance
/// (`warehouse-picking-instance/v1`, see shared/bench/routing/SCHEMA.md) and writes
/// `{"<id>": {"route": ["DEPOT", codes…, "DEPOT"], "ms": solve ms}}` for compare.py.
struct RouteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route",
        abstract: "Plan pick routes for benchmark instances and write them for compare.py.")

    @Option(name: .long, help: ArgumentHelp("Folder of instance JSON files.", valueName: "DIR"))
    var instances: String

    @Option(name: .long, help: ArgumentHelp("Routes JSON file to write.", valueName: "FILE"))
    var out: String

    @Option(name: .long, help: "Time budget per instance in milliseconds (0 = none).")
    var budgetMs: Double = 0

    func run() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: instances)
            .filter { $0.hasSuffix(".json") && $0 != "index.json" }.sorted()
        var routes: [String: Any] = [:]
        var optimal = 0
        for file in files {
            let instance = try BenchInstance(path: (instances as NSString).appendingPathComponent(file))
            let clock = ContinuousClock()
            let began = clock.now
            let budget = budgetMs
            let plan = instance.plan(isExpired: { budget > 0 && (clock.now - began) > .microseconds(Int(budget * 1000)) })
            let ms = Double((clock.now - began).components.attoseconds) / 1e15 + Double((clock.now - began).components.seconds) * 1000
            if plan.isOptimal { optimal += 1 }
            routes[instance.id] = ["route": ["DEPOT"] + plan.order.map { instance.codes[$0] } + ["DEPOT"], "ms": ms]
        }
        let data = try JSONSerialization.data(withJSONObject: routes, options: [.sortedKeys, .prettyPrinted])
        try data.write(to: URL(fileURLWithPath: out))
        print("wrote \(routes.count) routes to \(out) (\(optimal) proven optimal)")
    }
}

/// One instance of the shared routing benchmark, turned into a Tote layout and bins.
struct BenchInstance {
    struct FormatError: Error, CustomStringConvertible { var description: String }

    var id: String
    var layout: WarehouseLayout
    var codes: [String]
    var bins: [BinLocation]

    init(path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let id = json["id"] as? String, let spec = json["layout"] as? [String: Any],
              let picks = json["picks"] as? [String] else { throw FormatError(description: "\(path): not an instance") }
        func number(_ key: String, _ fallback: Double) -> Double { (spec[key] as? NSNumber)?.doubleValue ?? fallback }
        let aisles = (spec["num_aisles"] as? Int) ?? 0
        let blocks = (spec["slots_per_block"] as? [Int]) ?? [(spec["slots_per_side"] as? Int) ?? 0]
        let slotDepth = number("slot_depth_m", 1), aisleWidth = number("aisle_width_m", 3)
        let depot = spec["depot"] as? [String: Any] ?? [:]
        let firstAisleX = slotDepth + aisleWidth / 2
        let depotX = (depot["x_m"] as? NSNumber)?.doubleValue ?? firstAisleX
        let layout = WarehouseLayout(
            name: (spec["name"] as? String) ?? id, aisleCount: aisles, baysPerSide: blocks.reduce(0, +),
            levels: (spec["levels"] as? Int) ?? 1, bayWidth: number("slot_width_m", 1),
            aisleSpacing: aisleWidth + 2 * slotDepth, crossAisleWidth: number("cross_aisle_width_m", 3),
            baysPerBlock: blocks, aisleWidth: aisleWidth,
            depots: [Depot(name: "DEPOT", crossAisle: (depot["cross_aisle"] as? Int) ?? 0, offset: depotX - firstAisleX)])
        if let problem = layout.validate().first { throw FormatError(description: "\(path): \(problem)") }
        self.id = id
        self.layout = layout
        self.codes = picks
        self.bins = try picks.map { code in
            guard let bin = Self.bin(code), layout.contains(bin) else {
                throw FormatError(description: "\(path): \(code) maps to no slot")
            }
            return bin
        }
    }

    func plan(isExpired: @escaping @Sendable () -> Bool = { false }) -> RoutePlan {
        PickRoutePlanner(layout: layout).plan(bins, options: RouteOptions(isExpired: isExpired))
    }

    /// `A03-L-12-2` (L/R sides, 2–3 digit aisle and slot) as a Tote bin (L → side A, R → B).
    static func bin(_ code: String) -> BinLocation? {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0].first == "A", let aisle = Int(parts[0].dropFirst()),
              let bay = Int(parts[2]), let level = Int(parts[3]), parts[1] == "L" || parts[1] == "R" else { return nil }
        return BinLocation(aisle: aisle, side: parts[1] == "L" ? .a : .b, bay: bay, level: level)
    }
}
