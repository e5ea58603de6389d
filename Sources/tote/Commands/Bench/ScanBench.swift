import ArgumentParser
import Foundation
import ToteCore

/// `tote bench scan`: classification time per scan, median over batches, for five kinds of scan,
/// with the demo catalogue (151 SKUs). Each batch runs `batchSize` reads back to back and is
/// timed with `ContinuousClock` (monotonic); the figure is the batch median divided by its size.
struct ScanBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan", abstract: "Scan classification time per scan (release build; target ≤ 2 µs for GS1).")

    @OptionGroup var options: CommonOptions

    @Option(help: "Batches per case.")
    var batches: Int = 301

    @Option(help: "Scans per batch.")
    var batchSize: Int = 2_000

    func run() throws {
        let env = try Environment(options: options)
        let catalog = try ScanCatalog.demo(env)
        let classifier = ScanClassifier(catalog: catalog)
        guard let sku = catalog.skus.first(where: { $0.barcodes.contains { $0.count == 13 } }),
              let ean = sku.barcodes.first(where: { $0.count == 13 }) else {
            throw ToteError("The demo catalogue has no EAN-13 to bench with.")
        }
        let gtin14 = "0" + ean
        let cases: [(String, String)] = [
            ("GS1 element string", "]C101" + gtin14 + "17" + "260731" + "10" + "LOT-4711" + "\u{1D}" + "21" + "SN0042"),
            ("EAN-13", ean),
            ("bin code", sku.bin.code),
            ("command", "NEXT"),
            ("unknown", "hello-world-42"),
        ]
        print("scan classification, \(catalog.count) SKUs: median ns per scan over \(batches) batches of \(batchSize)")
        var checksum = 0
        for (name, text) in cases {
            let kind = classifier.classify(text).logName
            var perScan: [Double] = []
            perScan.reserveCapacity(batches)
            let clock = ContinuousClock()
            for _ in 0..<batches {
                let began = clock.now
                for _ in 0..<batchSize {
                    checksum &+= classifier.read(text).quantity
                }
                perScan.append(BenchFigures.nanoseconds(clock.now - began) / Double(batchSize))
            }
            let median = BenchFigures.percentile(perScan, 0.5)
            let p95 = BenchFigures.percentile(perScan, 0.95)
            print("  " + name.padding(toLength: 20, withPad: " ", startingAt: 0)
                + String(format: "median %7.1f ns   p95 %7.1f ns   ", median, p95) + "(\(kind))")
        }
        if checksum == 42 { print("") } // keeps the reads from being optimised away
    }
}
