import Testing
@testable import ToteCore

/// `^`, `~`, newlines and control characters in every field of every document never reach the
/// printer raw: each `^FD` decodes back to (normalised) text and carries no `^`, `~` or control byte.
struct DocumentInjectionTests {
    static let nasty = "A^XZ~JR\n^FO0,0\r\t\u{1}\u{7F}_5E\\&Z"

    static func documents() -> [(String, String)] {
        let n = nasty
        let shipTo = ShipTo(name: n, company: n, address1: n, address2: n, city: n, postalCode: n, province: n, country: "US", phone: n)
        let from = ShipFrom(name: n, addressLines: [n, n], city: n, postalCode: n, country: n)
        let lines = [OrderLine(lineNumber: 1, sku: n, name: n, quantity: 2, unitPriceMinor: 100)]
        let order = Order(number: n, channel: n, priority: 0, service: .standard, carrier: n, shipBy: 0, createdAt: 0,
                          shipTo: shipTo, lines: lines, giftMessage: n, notes: n, currency: n)
        let label = ShippingLabel(shipFrom: from, shipTo: shipTo, carrier: n, service: .overnight, orderNumber: n, weightGrams: 1,
                                  date: n, trackingNumber: n, cartonNumber: 1, cartonCount: 1, sscc: n)
        return [
            ("label", ZPLWriter.shippingLabel(label)),
            ("label-300", ZPLWriter.shippingLabel(label, dpi: 300)),
            ("slip", PackingSlip(order: order, shipFrom: from, hidePrices: false, date: n).zpl()),
            ("slip-hidden", PackingSlip(order: order, shipFrom: from, hidePrices: true, date: n).zpl()),
            ("picklist", PickListDocument(orderNumber: n, rows: [.init(bin: n, sku: n, name: n, quantity: 1)], subtitle: n).zpl()),
            ("test", PrinterTestPage.zpl(printer: n, detail: n)),
        ]
    }

    @Test func noFieldCarriesARawCommand() {
        for (name, zpl) in Self.documents() {
            #expect(zpl.hasPrefix("^XA") && zpl.hasSuffix("^XZ\n"), "\(name)")
            #expect(zpl.components(separatedBy: "^XA").count == 2, "\(name): one format only")
            #expect(!zpl.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(name): control character")
            #expect(!zpl.contains("~"), "\(name): raw tilde")
            let fields = ZPLFieldLine.all(in: zpl)
            #expect(!fields.isEmpty)
            for f in fields {
                #expect(!f.data.contains("^") && !f.data.contains("~"), "\(name): \(f.line)")
                if !f.isBarcode { #expect(f.decoded != nil, "\(name): \(f.line)") }
            }
            #expect(zpl.split(separator: "\n").allSatisfy { $0.hasPrefix("^") }, "\(name): a line escaped its field")
        }
    }

    @Test func invalidSSCCPrintsAsTextNotGS1() {
        let zpl = Self.documents()[0].1
        #expect(!zpl.contains(">;>8"))
    }
}
