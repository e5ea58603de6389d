import Foundation
import ToteCore

/// The committed fixture files (read relative to this source file) and the catalogue they use.
enum ImportFixtures {
    static let folder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    static let catalog = try! Catalog([
        SKU(code: "MUG-WHT", name: "Ceramic mug, white", barcodes: ["4006381333931"], weightGrams: 350,
            bin: BinLocation(code: "A02-A-03-1")!),
        SKU(code: "TEE-BLK-M", name: "Organic tee, black, M", barcodes: ["036000291452"], weightGrams: 180,
            bin: BinLocation(code: "A01-B-05-2")!),
        SKU(code: "CNDL-CIT-L", name: "Soy candle, yuzu & citrus, 420 g", barcodes: ["5901234123457"], weightGrams: 540,
            bin: BinLocation(code: "A02-B-01-1")!),
        SKU(code: "SOCK-GRY-3639", name: "Wool socks, grey, 36-39", barcodes: ["96385074"], weightGrams: 90,
            bin: BinLocation(code: "A03-A-06-1")!),
    ])

    /// 16:00 cutoff at UTC-5 (Boston), the warehouse of the fixtures.
    static let rule = ShipByRule(cutoffSecondsOfDay: 16 * 3600, utcOffsetSeconds: -5 * 3600)

    static func shopify(_ name: String) throws -> OrderImport {
        ShopifyOrderImporter(catalog: catalog, shipByRule: rule).read(try bytes(name))
    }
}

extension ImportFixtures {
    static func readFile(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }
}
