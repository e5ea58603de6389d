import ArgumentParser
import Foundation
import ToteCore
import ToteStore

/// `tote bench queue`: open the queue window on 100k orders (target ≤ 50 ms), then claim
/// with 8 concurrent station processes (`--worker` children) and report claim latency
/// (target p99 ≤ 5 ms).
struct QueueBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue", abstract: "Queue window and concurrent claim latency on 100k orders (release build).")

    @Option(help: "Orders in the store.") var orders: Int = 100_000
    @Option(help: "Concurrent claiming processes.") var workers: Int = 8
    @Option(help: "Claims per process.") var claims: Int = 250

    @Flag(help: .hidden) var worker = false
    @Option(help: .hidden) var storePath: String?
    @Option(help: .hidden) var station: String = "W0"
    @Option(help: .hidden) var startAt: Int64 = 0

    func run() throws {
        if worker { return try runWorker() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tote-bench-queue-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("tote.sqlite").path
        try fill(path)

        let clock = ContinuousClock()
        var windows: [Double] = []
        for _ in 0..<21 {
            let store = try FloorStore(path: path)
            let took = try clock.measure {
                _ = try store.openOrderCount()
                _ = try store.queue(offset: 0, limit: 40)
            }
            windows.append(BenchFigures.milliseconds(took))
        }
        let deep = try FloorStore(path: path)
        let deepTook = try clock.measure { _ = try deep.queue(offset: orders / 2, limit: 40) }
        print(String(format: "queue window (%d open orders, open store + count + 40 rows): median %.2f ms, max %.2f ms (target ≤ 50 ms)",
                     orders, BenchFigures.percentile(windows, 0.5), windows.max() ?? 0))
        print(String(format: "  window at offset %d: %.2f ms", orders / 2, BenchFigures.milliseconds(deepTook)))

        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let start = SystemClock().nowMillis() + 1500
        var children: [(Process, Pipe)] = []
        for i in 0..<workers {
            let p = Process()
            p.executableURL = exe
            p.arguments = ["bench", "queue", "--worker", "--store-path", path, "--station", "W\(i)",
                           "--claims", String(claims), "--start-at", String(start)]
            let pipe = Pipe()
            p.standardOutput = pipe
            try p.run()
            children.append((p, pipe))
        }
        var latencies: [Double] = []
        for (p, pipe) in children {
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            guard p.terminationStatus == 0 else { throw ToteError("a bench worker failed (status \(p.terminationStatus))") }
            latencies += String(decoding: data, as: UTF8.self).split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
        }
        let claimed = try FloorStore(path: path).listOrders(statuses: [.picking]).count
        print(String(format: "claim NEXT, %d processes × %d claims: p50 %.2f ms, p99 %.2f ms, max %.2f ms (target p99 ≤ 5 ms)",
                     workers, claims, BenchFigures.percentile(latencies, 0.5), BenchFigures.percentile(latencies, 0.99),
                     latencies.max() ?? 0))
        print("  \(latencies.count) claims timed, \(claimed) orders claimed (each exactly once: \(claimed == latencies.count))")
    }

    private func fill(_ path: String) throws {
        let store = try FloorStore(path: path)
        let skus = (0..<500).map { i in
            SKU(code: "Q-\(i)", name: "Item \(i)", barcodes: [], weightGrams: 100,
                bin: BinLocation(aisle: 1 + i % 20, side: .a, bay: 1 + i % 30, level: 1))
        }
        let shipTo = ShipTo(name: "Customer", address1: "1 Main St", city: "Springfield", postalCode: "12345", country: "US")
        let list = (0..<orders).map { i in
            Order(number: "#\(1_000_000 + i)", channel: "web", priority: i % 3, service: .standard, carrier: "UPS",
                  shipBy: 1_741_190_400 + Int64(i % 500) * 60, createdAt: 1_741_100_000 + Int64(i), shipTo: shipTo,
                  lines: (0..<(1 + i % 3)).map { OrderLine(lineNumber: $0 + 1, sku: "Q-\((i + $0) % 500)", name: "Item", quantity: 1) })
        }
        try store.replaceAll(catalog: skus, orders: list)
    }

    /// A child: waits for the common start, claims `claims` orders, prints each latency (ms).
    private func runWorker() throws {
        guard let storePath else { throw ValidationError("--worker needs --store-path") }
        let store = try FloorStore(path: storePath)
        _ = try store.openOrderCount()  // warm the reader and the writer connections
        _ = try store.releaseStaleClaims(olderThan: 1_000_000_000_000, now: SystemClock().nowMillis())
        let wait = startAt - SystemClock().nowMillis()
        if wait > 0 { usleep(useconds_t(wait * 1000)) }
        let clock = ContinuousClock()
        var out: [String] = []
        for _ in 0..<claims {
            var got: OrderProgress?
            let took = try clock.measure { got = try store.claimNext(station: station, now: SystemClock().nowMillis()) }
            guard got != nil else { break }
            out.append(String(format: "%.4f", BenchFigures.milliseconds(took)))
        }
        print(out.joined(separator: " "))
    }

}
