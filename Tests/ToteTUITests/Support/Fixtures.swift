import ToteCore
@testable import ToteTUI

/// A tiny warehouse for screen tests: four SKUs, three orders with Latin, Romanian and Korean
/// ship-to names. Times: 2026-11-27 around 09:00 UTC.
enum Fixtures {
    static let now: Int64 = 1_795_770_000_000  // 2026-11-27T09:00:00Z in milliseconds
    static let layout = WarehouseLayout(name: "Test DC", aisleCount: 4, baysPerSide: 6, levels: 2)

    static let skus: [SKU] = [
        SKU(code: "MUG-WHT", name: "Stoneware mug, white", barcodes: ["4006381333931"], weightGrams: 350,
            bin: BinLocation(code: "A02-A-03-1")!),
        SKU(code: "TEE-BLK-M", name: "Organic tee, black, M", barcodes: ["036000291452"], weightGrams: 180,
            bin: BinLocation(code: "A01-B-05-2")!),
        SKU(code: "CNDL-FIG", name: "Fig candle 200 g", barcodes: ["5901234123457"], weightGrams: 420,
            bin: BinLocation(code: "A03-A-01-1")!),
        SKU(code: "NOTE-A5", name: "Dot-grid notebook A5", barcodes: ["96385074"], weightGrams: 240,
            bin: BinLocation(code: "A02-B-06-1")!),
    ]

    static var catalog: Catalog { try! Catalog(skus) }

    static func shipTo(_ name: String, city: String, country: String) -> ShipTo {
        ShipTo(name: name, address1: "Strada Lungă 5", city: city, postalCode: "010011", country: country)
    }

    /// Two lines: 2 mugs (aisle 2) and 1 tee (aisle 1), so routing reorders them.
    static let romanian = Order(
        number: "#1003", channel: "web", priority: 1, service: .express, carrier: "FAN",
        shipBy: 1_795_795_200, createdAt: 1_795_762_800,
        shipTo: shipTo("Ștefan Țurcanu", city: "București", country: "RO"),
        lines: [OrderLine(lineNumber: 1, sku: "MUG-WHT", name: "Stoneware mug, white", quantity: 2),
                OrderLine(lineNumber: 2, sku: "TEE-BLK-M", name: "Organic tee, black, M", quantity: 1)])

    static let korean = Order(
        number: "#1007", channel: "web", priority: 0, service: .standard, carrier: "DHL",
        shipBy: 1_795_802_400, createdAt: 1_795_766_400,
        shipTo: shipTo("김민준", city: "서울", country: "KR"),
        lines: [OrderLine(lineNumber: 1, sku: "CNDL-FIG", name: "Fig candle 200 g", quantity: 1)])

    static let swedish = Order(
        number: "#1012", channel: "nordic", priority: 0, service: .overnight, carrier: "POSTNORD",
        shipBy: 1_795_888_800, createdAt: 1_795_767_000,
        shipTo: shipTo("Åsa Öberg", city: "Göteborg", country: "SE"),
        lines: [OrderLine(lineNumber: 1, sku: "NOTE-A5", name: "Dot-grid notebook A5", quantity: 3)])

    static func row(_ o: Order, claimedBy: String? = nil, status: OrderStatus? = nil) -> QueueRow {
        QueueRow(number: o.number, customer: o.shipTo.name, lineCount: o.lines.count, unitCount: o.unitCount,
                 service: o.service, shipBy: o.shipBy, status: status ?? o.status, priority: o.priority,
                 claimedBy: claimedBy)
    }

    static var context: AppContext { AppContext(catalog: catalog, layout: layout, hotkeyWindowMillis: 30) }

    static func state(width: Int = 80, height: Int = 24) -> AppState {
        AppState(width: width, height: height, nowMillis: now, station: "PACK-01", packer: "Ana",
                 storePath: "/var/lib/tote/tote.sqlite")
    }

    /// The queue of the screen snapshots in `language`: the Romanian order at another station,
    /// the Korean and Swedish ones new, the second row selected.
    static func queueState(_ language: Language) -> AppState {
        var s = state()
        s.languageChoice = LanguageChoice(station: language)
        s.queue.rows = [row(romanian, claimedBy: "PACK-02", status: .picking), row(korean), row(swedish)]
        s.queue.total = 3
        s.queue.statusCounts = [.new: 2, .picking: 1, .packed: 7]
        s.queue.selected = 1
        return s
    }

    /// The Romanian order on the pick screen in `language`, one unit picked and its next bin
    /// confirmed.
    static func pickHarness(_ language: Language, width: Int = 80, height: Int = 24) -> Harness {
        var s = state(width: width, height: height)
        s.languageChoice = LanguageChoice(station: language)
        var h = Harness(state: s)
        var o = romanian
        o.status = .picking
        h.send(.orderOpened(OrderProgress(order: o, pickedByLine: [2: 1], claimedBy: "PACK-01"), resumed: true))
        h.scanCommitted("A02-A-03-1")
        return h
    }
}
