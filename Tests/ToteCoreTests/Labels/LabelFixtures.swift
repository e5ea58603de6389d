@testable import ToteCore

/// Orders whose labels the tests print: the everyday cases and the ones that break naive writers.
enum LabelFixtures {
    static let shipFrom = ShipFrom(name: "Tote Demo Fulfilment AB", addressLines: ["Lagervägen 4", "Port 3"],
                                   city: "Göteborg", postalCode: "417 05", country: "SE")

    static func order(_ number: String, carrier: String = "UPS", service: ServiceLevel = .standard,
                      _ shipTo: ShipTo) -> Order {
        Order(number: number, channel: "web", priority: 0, service: service, carrier: carrier,
              shipBy: 1_795_791_600, createdAt: 1_795_766_400, shipTo: shipTo,
              lines: [OrderLine(lineNumber: 1, sku: "TEE-BLK-M", name: "Organic tee, black, M", quantity: 1)])
    }

    static let plainUS = order("#1001", carrier: "UPS", service: .express, ShipTo(
        name: "Jordan Miller", company: "Bluebird Coffee Co.", address1: "1420 Alder Street", address2: "Suite 300",
        city: "Portland", postalCode: "97201", province: "OR", country: "US", phone: "+1 503 555 0147"))

    static let romanian = order("#1002", carrier: "DHL", service: .overnight, ShipTo(
        name: "Ștefan Țurcanu", address1: "Strada Mărășești 14, bl. A2, sc. 1, ap. 7",
        city: "București", postalCode: "040254", province: "Sector 4", country: "RO", phone: "+40 721 555 014"))

    static let korean = order("#1003", carrier: "DHL", service: .express, ShipTo(
        name: "김민준", address1: "서울특별시 강남구 테헤란로 123", address2: "역삼빌딩 5층",
        city: "Seoul", postalCode: "06234", country: "KR", phone: "+82 10 5555 0123"))

    static let injection = order("#1004", carrier: "USPS", ShipTo(
        name: "ACME ^XZ~JR", company: "^XA^FO0,0^GB812,1218,812^FS~JA", address1: "12 Main St\n~DGR:EVIL.GRF \\ back\\&slash",
        address2: "Unit _5E_7E\r\n\tB", city: "Springfield", postalCode: "62701", province: "IL", country: "US",
        phone: "555~0100^XZ"))

    static let longText = order("#1005-WHOLESALE-REORDER", carrier: "POSTNORD", ShipTo(
        name: "Maximilian Alexander Christopher Montgomery-Featherstonehaugh Wolfeschlegelsteinhausenbergerdorff Junior III",
        company: "The Extraordinarily Long Named International Trading Company of Northern Europe Aktiebolag",
        address1: "Kungsgatan 1234, Lägenhet 1201, Trappuppgång C, Ingång från gården via porten till vänster om kiosken, ring på Andersson",
        address2: String(repeating: "c/o Svensson ", count: 40),
        city: "Stockholms kommun, Norrmalms stadsdelsområde", postalCode: "111 43", province: "Stockholms län",
        country: "SE", phone: "+46 70 555 01 23 ankn. 4567 (kvällar och helger endast, inte före 18)"))

    static func label(_ order: Order, tracking: String = "1Z999AA10123456784") -> ShippingLabel {
        ShippingLabel(order: order, shipFrom: shipFrom, weightGrams: 1240, date: "2026-11-27", trackingNumber: tracking)
    }
}

/// One `^FD` field of a written label, found line by line (the writer puts one field per line).
struct ZPLFieldLine {
    let line: String
    let data: String

    var hasFieldBlock: Bool { line.contains("^FB") }
    var isBarcode: Bool { line.contains("^BC") }
    var decoded: String? { ZPLFieldData.decoded(data, inFieldBlock: hasFieldBlock) }

    /// The `^FB` width and line count, in dots.
    var fieldBlock: (width: Int, lines: Int)? {
        guard let r = line.range(of: "^FB") else { return nil }
        let params = line[r.upperBound...].prefix { $0 != "^" }.split(separator: ",")
        guard params.count >= 2, let w = Int(params[0]), let n = Int(params[1]) else { return nil }
        return (w, n)
    }

    /// The font height in dots from `^A0N,h,w` or `^A@N,h,w,…`.
    var fontHeight: Int? {
        guard let r = line.range(of: "^A") else { return nil }
        let params = line[r.upperBound...].prefix { $0 != "^" }.split(separator: ",")
        return params.count >= 2 ? Int(params[1]) : nil
    }

    static func all(in zpl: String) -> [ZPLFieldLine] {
        zpl.split(separator: "\n").compactMap { line in
            guard let start = line.range(of: "^FD"), line.hasSuffix("^FS") else { return nil }
            let data = line[start.upperBound..<line.index(line.endIndex, offsetBy: -3)]
            return ZPLFieldLine(line: String(line), data: String(data))
        }
    }
}
