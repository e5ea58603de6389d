import Foundation
import ToteCore
import ToteStore

/// Sample data and shortcuts the store tests share.
enum Fixtures {
    /// Milliseconds since 1970; any fixed value does, the store never reads a clock.
    static let now: Int64 = 1_750_000_000_000

    /// A valid GTIN-13 built from `seed`.
    static func ean13(_ seed: Int) -> String {
        GS1CheckDigit.appending(to: "400" + String(format: "%09d", seed))
    }

    static func sku(_ n: Int, barcodes: [String]? = nil) -> SKU {
        SKU(code: "SKU-\(n)", name: "Item \(n)", barcodes: barcodes ?? [ean13(n)], weightGrams: 100 + n,
            bin: BinLocation(aisle: 1 + n % 9, side: n % 2 == 0 ? .a : .b, bay: 1 + n % 20, level: 1 + n % 4))
    }

    static func shipTo(_ name: String) -> ShipTo {
        ShipTo(name: name, company: nil, address1: "1 Main St", address2: "Flat 2", city: "Lund",
               postalCode: "222 22", province: nil, country: "SE", phone: "+46 70 000 00 00")
    }

    /// An order of `units.count` lines; line i asks `units[i]` units of `SKU-(i+1)`.
    static func order(_ number: String, priority: Int = 0, shipBy: Int64 = 2_000, createdAt: Int64 = 1_000,
                      units: [Int] = [2, 1], status: OrderStatus = .new, customer: String? = nil) -> Order {
        Order(number: number, channel: "web", priority: priority, service: .express, carrier: "POST",
              shipBy: shipBy, createdAt: createdAt, shipTo: shipTo(customer ?? "Customer \(number)"),
              lines: units.enumerated().map { i, q in
                  OrderLine(lineNumber: i + 1, sku: "SKU-\(i + 1)", name: "Item \(i + 1)", quantity: q)
              },
              status: status)
    }

    static func scan(_ effect: ScanRecord.Effect?, order: String?, station: String = "S1",
                     phase: ScanRecord.Phase = .pick, raw: String = "4000000000017", at: Int64 = now) -> ScanRecord {
        ScanRecord(at: at, station: station, packer: "ana", raw: raw, kind: "product", outcome: "accepted",
                   orderNumber: order, phase: phase, effect: effect)
    }

    /// A store at a fresh path in `folder`, loaded with `orders` and SKUs 1…5.
    static func store(in folder: TemporaryFolder, orders: [Order]) throws -> FloorStore {
        let store = try StoreUnderTest.open(folder.path("tote.sqlite"))
        try store.replaceAll(catalog: (1...5).map { sku($0) }, orders: orders)
        return store
    }
}
