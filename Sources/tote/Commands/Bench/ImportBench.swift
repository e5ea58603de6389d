import ArgumentParser
import Foundation
import ToteCore
import ToteStore

/// `tote bench import`: read, validate and store a generated Shopify orders export of 100k
/// line rows (in memory, into a temporary store), then import it again (nothing changes).
struct ImportBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Shopify CSV import time for 100k line rows (release build; target ≤ 10 s).")

    @Option(help: "Line rows in the generated file.")
    var lines: Int = 100_000

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tote-bench-import-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try FloorStore(path: folder.appendingPathComponent("tote.sqlite").path)
        let skus = (0..<1000).map { i in
            SKU(code: "BENCH-\(i)", name: "Bench item \(i)", barcodes: [], weightGrams: 100 + i,
                bin: BinLocation(aisle: 1 + i % 20, side: i % 2 == 0 ? .a : .b, bay: 1 + i % 30, level: 1 + i % 4))
        }
        try store.replaceAll(catalog: skus, orders: [])
        let (bytes, orderCount) = Self.generate(lines: lines)
        print("import: \(lines) line rows, \(orderCount) orders, \(bytes.count / 1024) KiB of CSV")

        let clock = ContinuousClock()
        var batch = OrderImport()
        let catalog = try store.loadCatalog()
        let parse = clock.measure {
            batch = ShopifyOrderImporter(catalog: catalog, shipByRule: ShipByRule()).read(bytes)
        }
        guard batch.problems.isEmpty else { throw ToteError("generated file has problems: \(batch.problems[0])") }
        var counts = ImportCounts()
        let write = try clock.measure {
            counts = try store.importOrders(batch, mode: .apply, now: SystemClock().nowMillis())
        }
        print("  read + validate  \(Self.ms(parse))")
        print("  store (new)      \(Self.ms(write))   \(counts.summary)")
        print("  total            \(Self.ms(parse + write))   (target ≤ 10 000 ms)")
        var again = ImportCounts()
        let reimport = try clock.measure {
            let batch = ShopifyOrderImporter(catalog: catalog, shipByRule: ShipByRule()).read(bytes)
            again = try store.importOrders(batch, mode: .apply, now: SystemClock().nowMillis())
        }
        print("  re-import        \(Self.ms(reimport))   \(again.summary)")
    }

    static func ms(_ d: Duration) -> String {
        String(format: "%8.0f ms", BenchFigures.milliseconds(d))
    }

    /// A Shopify orders export of `lines` line rows: orders of 1–4 lines, quoted notes with
    /// commas and line breaks on every seventh order, apostrophe-protected postal codes.
    static func generate(lines: Int) -> (bytes: [UInt8], orders: Int) {
        let header = "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,"
            + "Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,"
            + "Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,"
            + "Lineitem taxable,Lineitem fulfillment status,Billing Name,Shipping Name,Shipping Street,Shipping Address1,"
            + "Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping Province,Shipping Country,"
            + "Shipping Phone,Notes,Note Attributes,Cancelled at,Payment Method,Vendor,Id,Tags,Risk Level,Source\r\n"
        var out = header
        out.reserveCapacity(lines * 260)
        var row = 0, order = 0
        let methods = ["Standard", "DHL Express", "UPS Next Day Air"]
        while row < lines {
            order += 1
            let count = min(1 + order % 4, lines - row)
            let number = "#\(100_000 + order)"
            let minute = order % 1440
            let created = String(format: "2025-03-05 %02d:%02d:00 +0000", minute / 60, minute % 60)
            let notes = order % 7 == 0 ? "\"Leave with neighbour, flat 2\nRing \"\"twice\"\"\"" : ""
            for i in 0..<count {
                let sku = "BENCH-\((order * 7 + i * 13) % 1000)"
                let line = "\(1 + i % 3),Bench item,12.50,,\(sku),true,true,pending"
                if i == 0 {
                    out += "\(number),c\(order)@example.com,paid,\(created),unfulfilled,,no,USD,25.00,5.00,0.00,30.00,,,"
                        + "\(methods[order % 3]),\(created),\(line),Customer \(order),Customer \(order),"
                        + "\(order) Main Street,\(order) Main Street,,,Springfield,'0\(order % 10000),,US,'+1 555 0100,"
                        + "\(notes),,,Shopify Payments,Bench Co,\(order),\(order % 11 == 0 ? "vip" : ""),Low,web\r\n"
                } else {
                    out += "\(number),c\(order)@example.com,,,,,,,,,,,,,,,\(line),,,,,,,,,,,,,,,,,,Bench Co,,,,\r\n"
                }
                row += 1
            }
        }
        return (Array(out.utf8), order)
    }
}
