/// Writes shipping labels as ZPL II for 4x6 in thermal labels.
///
/// Layout, top to bottom (203 dpi dots; other resolutions scale): sender and ship date/weight,
/// the large ship-to block, the carrier/service banner, the tracking number as Code 128, and the
/// order number (text and a smaller Code 128) beside the carton count. Every field has a fixed
/// box: text is wrapped with `^FB` and cut by characters to its line budget, so no customer data
/// can push ink off the label or into another block.
public enum ZPLWriter {
    /// Label width, 203 dpi dots (4 in).
    public static let labelWidth = 812
    /// Label length, 203 dpi dots (6 in).
    public static let labelHeight = 1218

    /// One complete label format (`^XA` … `^XZ`) for `label`.
    ///
    /// - Parameter dpi: printer resolution in dots per inch (203, 300 or 600); the 203 dpi layout
    ///   is scaled, so the label is always 4x6 in.
    /// - Returns: ZPL text with UTF-8 field data (`^CI28`); all field data is `^FH`-escaped.
    public static func shippingLabel(_ label: ShippingLabel, dpi: Int = 203) -> String {
        var c = ZPLCanvas(dpi: dpi)
        c.beginFormat()
        senderBlock(label, on: &c)
        c.horizontalRule(x: 8, y: 200, width: 796)
        shipToBlock(label.shipTo, on: &c)
        c.horizontalRule(x: 8, y: 620, width: 796)
        banner(label, on: &c)
        c.horizontalRule(x: 8, y: 760, width: 796)
        trackingBlock(label, on: &c)
        c.horizontalRule(x: 8, y: 1010, width: 796)
        orderBlock(label, on: &c)
        c.raw("^PQ1")
        c.raw("^XZ")
        return c.commands.joined(separator: "\n") + "\n"
    }

    // MARK: blocks (203 dpi dots)

    private static func senderBlock(_ label: ShippingLabel, on c: inout ZPLCanvas) {
        let from = label.shipFrom
        c.text("FROM:", x: 24, y: 20, width: 500, height: 20)
        var y = 44
        y += c.text(from.name, x: 24, y: y, width: 500, height: 28) + 6
        for line in from.addressLines.prefix(2) where !ZPLFieldData.normalized(line).isEmpty {
            y += c.text(line, x: 24, y: y, width: 500, height: 24) + 4
        }
        y += c.text(joined(from.postalCode, from.city), x: 24, y: y, width: 500, height: 24) + 4
        c.text(CountryName.english(from.country), x: 24, y: y, width: 500, height: 24)

        c.verticalRule(x: 540, y: 8, height: 192)
        c.text("SHIP DATE", x: 556, y: 20, width: 236, height: 20)
        c.text(label.date, x: 556, y: 44, width: 236, height: 30, minHeight: 20)
        c.text("WEIGHT", x: 556, y: 98, width: 236, height: 20)
        c.text(weightText(grams: label.weightGrams), x: 556, y: 122, width: 236, height: 30)
    }

    /// Worst case (every field present, name and street on two lines) ends at y 615, above the
    /// rule at 620. The name gets extra room below: Romanian comma-below letters descend far.
    private static func shipToBlock(_ to: ShipTo, on c: inout ZPLCanvas) {
        c.text("SHIP TO:", x: 24, y: 212, width: 300, height: 22)
        var y = 236
        y += c.text(to.name, x: 40, y: y, width: 748, height: 48, maxLines: 2) + 10
        if let company = to.company {
            y += c.text(company, x: 40, y: y, width: 748, height: 34) + 6
        }
        y += c.text(to.address1, x: 40, y: y, width: 748, height: 34, maxLines: 2) + 6
        if let address2 = to.address2 {
            y += c.text(address2, x: 40, y: y, width: 748, height: 34) + 6
        }
        y += c.text(cityLine(to), x: 40, y: y, width: 748, height: 38) + 6
        y += c.text(CountryName.english(to.country), x: 40, y: y, width: 748, height: 38) + 6
        if let phone = to.phone, !ZPLFieldData.normalized(phone).isEmpty {
            c.text("Tel. " + phone, x: 40, y: y, width: 748, height: 24)
        }
    }

    private static func banner(_ label: ShippingLabel, on c: inout ZPLCanvas) {
        c.text(label.carrier.uppercased(), x: 24, y: 646, width: 360, height: 80, minHeight: 40)
        // Reverse-printed service level: the pack-out sorter spots an overnight parcel from a metre away.
        c.box(x: 400, y: 620, width: 404, height: 140, thickness: 140)
        c.text(label.service.rawValue.uppercased(), x: 412, y: 658, width: 380, height: 64, minHeight: 40,
               justify: .center, reverse: true)
    }

    private static func trackingBlock(_ label: ShippingLabel, on c: inout ZPLCanvas) {
        if let sscc = label.sscc {
            compactTrackingBlock(label, sscc: sscc, on: &c)
            return
        }
        c.text("TRACKING #", x: 24, y: 774, width: 400, height: 22)
        let drawn = c.code128(label.trackingNumber, left: 12, width: 788, y: 806, barHeight: 150, maxModule: c.dots(4))
        if !drawn {
            // No scannable symbol possible: print the number large so it can still be keyed in.
            c.text(label.trackingNumber, x: 24, y: 840, width: 764, height: 44, maxLines: 2)
        }
    }

    /// Tracking number and SSCC share the 250-dot band: tracking bars 80 dots (module ≤ 3),
    /// SSCC GS1-128 bars 60 dots (module ≤ 3); each interpretation line takes about 9×module+5 dots.
    private static func compactTrackingBlock(_ label: ShippingLabel, sscc: String, on c: inout ZPLCanvas) {
        c.text("TRACKING #", x: 24, y: 768, width: 400, height: 20)
        if !c.code128(label.trackingNumber, left: 12, width: 788, y: 792, barHeight: 80, maxModule: c.dots(3)) {
            c.text(label.trackingNumber, x: 24, y: 800, width: 764, height: 40, maxLines: 2)
        }
        if !c.gs1SSCC(sscc, left: 12, width: 788, y: 912, barHeight: 56, maxModule: c.dots(3)) {
            c.text("SSCC " + sscc, x: 24, y: 930, width: 764, height: 30)
        }
    }

    private static func orderBlock(_ label: ShippingLabel, on c: inout ZPLCanvas) {
        c.text("ORDER", x: 24, y: 1024, width: 390, height: 22)
        c.text(label.orderNumber, x: 24, y: 1050, width: 390, height: 44, minHeight: 24)
        // Module capped at 2 dots so the interpretation line stays above the frame.
        c.code128(label.orderNumber, left: 12, width: 414, y: 1104, barHeight: 64, maxModule: c.dots(2))

        c.verticalRule(x: 430, y: 1010, height: 200)
        c.text("CARTON", x: 446, y: 1024, width: 346, height: 22)
        c.text(label.cartonText, x: 446, y: 1050, width: 346, height: 48)
        c.text("DEST", x: 446, y: 1114, width: 346, height: 22)
        c.text(label.shipTo.country.uppercased(), x: 446, y: 1140, width: 346, height: 56)
    }

    // MARK: text

    /// `1.24 kg`, rounded to 10 g; negative weights print as 0.
    static func weightText(grams: Int) -> String {
        let hundredths = (max(grams, 0) + 5) / 10
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction) kg"
    }

    /// `City, ST 12345` for North America and Australia, `12345 City, Province` elsewhere.
    static func cityLine(_ to: ShipTo) -> String {
        let province = to.province.map(ZPLFieldData.normalized) ?? ""
        switch to.country.uppercased() {
        case "US", "CA", "AU":
            return joined(to.city + (province.isEmpty ? "" : ","), province, to.postalCode)
        default:
            let place = joined(to.postalCode, to.city)
            return province.isEmpty ? place : place + ", " + province
        }
    }

    private static func joined(_ parts: String...) -> String {
        parts.map(ZPLFieldData.normalized).filter { !$0.isEmpty }.joined(separator: " ")
    }
}
