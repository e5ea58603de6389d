import Foundation
import LabelCheckerSupport
import Testing
@testable import ToteCore

/// The new documents through the independent checker: the label with SSCC (GS1-128) and
/// carton count, at 203 and 300 dpi, the packing slip (with and without prices, gift message),
/// the pick list and the printer test page, each also with hostile text in every field.
extension LabelCheckerTests {
    static let hostile = "Evil ^XZ~JR_5E\n\t\u{7} x"
    static let hostileDecoded = "Evil ^XZ~JR_5E x" // control characters become spaces, runs collapse

    static func hostileOrder() -> Order {
        let h = hostile
        var o = LabelFixtures.order("#66^XZ", carrier: "UPS", LabelFixtures.injection.shipTo)
        o.shipTo.name = h
        o.shipTo.city = h
        o.lines = (1...3).map { OrderLine(lineNumber: $0, sku: "SKU^FS~\($0)", name: h + " \($0)", quantity: $0, unitPriceMinor: 1250) }
        o.giftMessage = h + " " + h
        o.currency = "E~R"
        return o
    }

    static func hostileReturnOrder() -> Order {
        var o = hostileOrder()
        o.shipTo.address1 = "12 Main St ~DGR:EVIL.GRF ^XZ"
        return o
    }

    struct DocCase: Sendable, CustomTestStringConvertible {
        let name: String
        let zpl: String
        let barcodes: [String]
        let texts: [String]
        var testDescription: String { name }
    }

    static var documentCases: [DocCase] {
        let sscc = "106141411234567897"
        let plain = ShippingLabel(order: LabelFixtures.plainUS, shipFrom: LabelFixtures.shipFrom, weightGrams: 1240,
                                  date: "2026-11-27", trackingNumber: "1Z999AA10123456784", cartonNumber: 1, cartonCount: 2, sscc: sscc)
        let hostileLabel = ShippingLabel(shipFrom: ShipFrom(name: hostile, addressLines: [hostile], city: hostile, postalCode: hostile,
                                                            country: "SE"),
                                         shipTo: hostileOrder().shipTo, carrier: hostile, service: .express, orderNumber: "#66",
                                         weightGrams: 500, date: hostile, trackingNumber: "1Z999AA10123456784",
                                         cartonNumber: 2, cartonCount: 2, sscc: sscc)
        var gift = LabelFixtures.romanian
        gift.lines = (1...15).map { OrderLine(lineNumber: $0, sku: "SKU-\($0)", name: "Lumânare parfumată \($0)", quantity: 1, unitPriceMinor: 4500) }
        gift.giftMessage = "La mulți ani, Ștefan! Cu drag, Ioana"
        gift.isGift = true
        gift.currency = "RON"
        let catalog = Catalog()
        return [
            DocCase(name: "label-sscc-203", zpl: ZPLWriter.shippingLabel(plain), barcodes: ["1Z999AA10123456784", "(00)\(sscc)", "#1001"],
                    texts: ["Jordan Miller", "1 of 2"]),
            DocCase(name: "label-sscc-300", zpl: ZPLWriter.shippingLabel(plain, dpi: 300), barcodes: ["1Z999AA10123456784", "(00)\(sscc)"],
                    texts: ["Jordan Miller"]),
            DocCase(name: "label-hostile", zpl: ZPLWriter.shippingLabel(hostileLabel), barcodes: ["(00)\(sscc)"],
                    texts: ["2 of 2"]),
            DocCase(name: "slip-prices", zpl: PackingSlip(order: LabelFixtures.plainUS, shipFrom: LabelFixtures.shipFrom, hidePrices: false,
                                                           date: "2026-11-27").zpl(), barcodes: ["#1001"], texts: ["PACKING SLIP", "PRICE"]),
            DocCase(name: "slip-gift", zpl: PackingSlip(order: gift, shipFrom: LabelFixtures.shipFrom, hidePrices: true, date: "2026-11-27").zpl(),
                    barcodes: ["#1002"], texts: ["La mulți ani, Ștefan! Cu drag, Ioana", "+ 4 more lines (4 units)"]),
            DocCase(name: "slip-hostile", zpl: PackingSlip(order: hostileOrder(), shipFrom: LabelFixtures.shipFrom, hidePrices: false,
                                                            date: hostile).zpl(), barcodes: [], texts: ["SKU^FS~1"]),
            DocCase(name: "picklist", zpl: PickListDocument(order: gift, catalog: catalog, subtitle: "PACK-01").zpl(),
                    barcodes: ["#1002"], texts: ["PICK LIST"]),
            DocCase(name: "picklist-route", zpl: routedPickList().zpl(), barcodes: ["#1002"],
                    texts: ["PICK LIST", "A01-B-02-1", "Lumânare parfumată 3", "PACK-01 · 2026-11-27"]),
            DocCase(name: "picklist-route-300", zpl: routedPickList().zpl(dpi: 300), barcodes: ["#1002"],
                    texts: ["PICK LIST"]),
            DocCase(name: "picklist-hostile", zpl: PickListDocument(order: hostileOrder(), catalog: catalog, subtitle: hostile).zpl(),
                    barcodes: [], texts: ["SKU^FS~2"]),
            DocCase(name: "return-label", zpl: ReturnLabel(kind: "dhl-retoure-de", order: LabelFixtures.romanian,
                                                          warehouse: LabelFixtures.shipFrom).zpl(),
                    barcodes: [LabelFixtures.romanian.number + "-R"], texts: ["RETURN LABEL", "Ștefan Țurcanu"]),
            // Without the `\&` of the injection address: inside ^FB Tote writes a literal backslash
            // as `\\` (the manual's form), which the checker's renderer splits as a line break.
            DocCase(name: "return-label-hostile", zpl: ReturnLabel(kind: hostile, order: hostileReturnOrder(),
                                                                   warehouse: LabelFixtures.shipFrom).zpl(),
                    barcodes: [], texts: ["RETURN LABEL"]),
            DocCase(name: "command-sheet", zpl: CommandSheet.zpl(), barcodes: StationCommand.allCases.map(\.rawValue),
                    texts: ["TOTE COMMANDS", "CONFIRM"]),
            DocCase(name: "test-page", zpl: PrinterTestPage.zpl(printer: hostile, detail: "tcp://127.0.0.1:9100"), barcodes: ["TOTE-TEST"],
                    texts: ["TOTE PRINTER TEST"]),
        ]
    }

    /// `tote print picklist --format zpl`: the romanian order's lines in walking order.
    static func routedPickList() -> PickListDocument {
        var order = LabelFixtures.romanian
        order.lines = (1...4).map { OrderLine(lineNumber: $0, sku: "SKU-\($0)", name: "Lumânare parfumată \($0)", quantity: $0) }
        let bins = ["A04-A-07-1", "A01-B-02-1", "A03-A-04-2", "A02-B-09-1"]
        let catalog = try! Catalog((1...4).map {
            SKU(code: "SKU-\($0)", name: "x", barcodes: [], weightGrams: 1, bin: BinLocation(code: bins[$0 - 1])!)
        })
        return PickListDocument(order: order, catalog: catalog, layout: WarehouseLayout(name: "T", aisleCount: 4,
                                baysPerSide: 10, levels: 2), router: OptimalPickRouter(), subtitle: "PACK-01 · 2026-11-27")
    }

    @Test(arguments: documentCases)
    func documentPassesChecker(_ c: DocCase) throws {
        let file = try LabelChecker.outputDirectory().appendingPathComponent("\(c.name).zpl")
        try Data(c.zpl.utf8).write(to: file)
        var args = [file.path, "--strict"]
        if c.name.hasSuffix("300") { args += ["--width", "1218", "--height", "1800"] }
        for b in c.barcodes { args += ["--expect-barcode", b] }
        for t in c.texts { args += ["--expect-text", t] }
        let (status, output) = try LabelChecker.run(args)
        #expect(status == 0, "check_label.py exit \(status) for \(file.path):\n\(output)")
    }
}
