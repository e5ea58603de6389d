import ArgumentParser
import Foundation
import ToteCore
import ToteStore

/// `tote bench store [--store URL]`: what a floor of stations asks of its store, measured with
/// 8 station processes at once: claim latency (claim NEXT) and scan commit latency (a pick
/// recorded and committed). Targets on loopback PostgreSQL: p99 ≤ 10 ms each.
///
/// On PostgreSQL the bench works in a schema of its own (created, then dropped), so the
/// database it is pointed at is left as it was; without `--store` it uses a temporary SQLite file.
struct StoreBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store", abstract: "Claim and scan-commit latency with 8 stations on one store (release build).")

    @Option(help: ArgumentHelp("The store: postgres://user@host:port/db, or a SQLite PATH (default: a temporary file).",
                               valueName: "PATH|URL"))
    var store: String?
    @Option(help: "Concurrent station processes.") var stations: Int = 8
    @Option(help: "Orders each station claims and picks.") var ordersPerStation: Int = 60

    @Flag(help: .hidden) var worker = false
    @Option(help: .hidden) var schema: String?
    @Option(help: .hidden) var station: String = "B0"
    @Option(help: .hidden) var startAt: Int64 = 0

    func run() throws {
        if worker { return try runWorker() }
        guard (1...64).contains(stations), ordersPerStation > 0 else { throw ValidationError("--stations 1…64, --orders-per-station > 0") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tote-bench-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let location = try store.map { try StoreLocation(parsing: $0) } ?? .file(folder.appendingPathComponent("tote.sqlite").path)
        var schema: String?
        if case .postgres(let url) = location {
            let name = "bench_" + UUID().uuidString.prefix(8).lowercased()
            try FloorStore.createSchema(name, in: url)
            schema = name
        }
        defer { if case .postgres(let url) = location, let schema { try? FloorStore.dropSchema(schema, in: url) } }
        let main = try Self.open(location, schema: schema)
        try fill(main)
        print("store: \(location)\(schema.map { " (schema \($0), dropped afterwards)" } ?? "")")

        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let start = SystemClock().nowMillis() + 2000
        var children: [(Process, Pipe)] = []
        for i in 0..<stations {
            let p = Process()
            p.executableURL = exe
            p.arguments = ["bench", "store", "--worker", "--store", location.description, "--station", "B\(i)",
                           "--orders-per-station", String(ordersPerStation), "--start-at", String(start)]
                + (schema.map { ["--schema", $0] } ?? [])
            let pipe = Pipe()
            p.standardOutput = pipe
            try p.run()
            children.append((p, pipe))
        }
        var claims: [Double] = [], scans: [Double] = []
        for (p, pipe) in children {
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            guard p.terminationStatus == 0 else { throw ToteError("a bench station failed (status \(p.terminationStatus))") }
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
                let fields = line.split(separator: " ")
                guard fields.count == 2, let ms = Double(fields[1]) else { continue }
                if fields[0] == "claim" { claims.append(ms) } else if fields[0] == "scan" { scans.append(ms) }
            }
        }
        let holders = try main.listOrders(statuses: [.picking]).count
        let p = BenchFigures.percentile
        print(String(format: "claim NEXT, %d stations: p50 %.2f ms, p99 %.2f ms, max %.2f ms over %d claims (target p99 ≤ 10 ms)",
                     stations, p(claims, 0.5), p(claims, 0.99), claims.max() ?? 0, claims.count))
        print(String(format: "scan commit, %d stations: p50 %.2f ms, p99 %.2f ms, max %.2f ms over %d scans (target p99 ≤ 10 ms)",
                     stations, p(scans, 0.5), p(scans, 0.99), scans.max() ?? 0, scans.count))
        print("  \(holders) orders held after the run, \(claims.count) claims: each order claimed exactly once: \(holders == claims.count)")
    }

    static func open(_ location: StoreLocation, schema: String?) throws -> FloorStore {
        if case .postgres(let url) = location { return try FloorStore(postgres: url, schema: schema) }
        return try FloorStore.open(location)
    }

    private func fill(_ store: FloorStore) throws {
        let skus = (0..<200).map { i in
            SKU(code: "B-\(i)", name: "Item \(i)", barcodes: [], weightGrams: 100,
                bin: BinLocation(aisle: 1 + i % 20, side: .a, bay: 1 + i % 30, level: 1))
        }
        let shipTo = ShipTo(name: "Customer", address1: "1 Main St", city: "Springfield", postalCode: "12345", country: "US")
        let orders = (0..<(stations * ordersPerStation + 50)).map { i in
            Order(number: "#\(3_000_000 + i)", channel: "web", priority: 0, service: .standard, carrier: "UPS",
                  shipBy: 1_741_190_400 + Int64(i), createdAt: 1_741_100_000 + Int64(i), shipTo: shipTo,
                  lines: (0..<3).map { OrderLine(lineNumber: $0 + 1, sku: "B-\((i + $0) % 200)", name: "Item", quantity: 2) })
        }
        try store.replaceAll(catalog: skus, orders: orders)
    }

    /// A station: waits for the common start, then claims orders and picks every unit of each,
    /// printing `claim MS` and `scan MS` lines.
    private func runWorker() throws {
        guard let store else { throw ValidationError("--worker needs --store") }
        let floor = try Self.open(try StoreLocation(parsing: store), schema: schema)
        _ = try floor.openOrderCount()  // connections open before the clock starts
        let wait = startAt - SystemClock().nowMillis()
        if wait > 0 { usleep(useconds_t(wait * 1000)) }
        let clock = ContinuousClock()
        var out: [String] = []
        for _ in 0..<ordersPerStation {
            var got: OrderProgress?
            let took = try clock.measure { got = try floor.claimNext(station: station, now: SystemClock().nowMillis()) }
            guard let progress = got else { break }
            out.append(String(format: "claim %.4f", BenchFigures.milliseconds(took)))
            for line in progress.order.lines {
                for _ in 0..<line.quantity {
                    let scan = ScanRecord(at: SystemClock().nowMillis(), station: station, packer: "bench", raw: line.sku,
                                          kind: "product", outcome: "accepted", orderNumber: progress.order.number,
                                          phase: .pick, effect: .pick(line: line.lineNumber))
                    var accepted = false
                    let scanTook = try clock.measure { accepted = try floor.record(scan) }
                    guard accepted else { throw ToteError("a scan was refused on \(progress.order.number)") }
                    out.append(String(format: "scan %.4f", BenchFigures.milliseconds(scanTook)))
                }
            }
        }
        print(out.joined(separator: "\n"))
    }
}
