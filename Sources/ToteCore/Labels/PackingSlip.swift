/// The packing slip that goes in the box: one 4x6 in ZPL label (203 dpi design dots, scaled).
///
/// Layout: title and order number (text and Code 128), ship date and carton, the ship-to name,
/// a table of lines (quantity, name, and price unless `hidePrices`), then the gift message. Lines
/// that do not fit are summarised as `+ N more lines (M units)`; every field is `^FH`-escaped and
/// fitted into its box, so no customer text can inject commands or leave the label.
public struct PackingSlip: Equatable, Sendable {
    public var order: Order
    public var shipFrom: ShipFrom
    /// True for gifts and whenever prices must not show (quantities still do).
    public var hidePrices: Bool
    /// Ship date as printed, e.g. `2026-11-27`.
    public var date: String
    public var cartonNumber: Int
    public var cartonCount: Int
    /// The printed words, in the shop's or the order's language.
    public var labels: DocumentLabels

    public init(order: Order, shipFrom: ShipFrom, hidePrices: Bool, date: String, cartonNumber: Int = 1, cartonCount: Int = 1,
                labels: DocumentLabels = .english) {
        self.labels = labels
        self.order = order
        self.shipFrom = shipFrom
        self.hidePrices = hidePrices
        self.date = date
        self.cartonNumber = cartonNumber
        self.cartonCount = cartonCount
    }

    /// Table rows that fit before the totals and gift message.
    static let maxRows = 12
    static let rowHeight = 50
    static let tableTop = 330

    /// One complete label format (`^XA` … `^XZ`) at `dpi` (203, 300 or 600).
    public func zpl(dpi: Int = 203) -> String {
        var c = ZPLCanvas(dpi: dpi)
        c.beginFormat()
        c.text(labels.packingSlip, x: 24, y: 24, width: 400, height: 40, minHeight: 24)
        c.text(shipFrom.name, x: 24, y: 72, width: 400, height: 24)
        c.text(labels.order + " " + order.number, x: 24, y: 106, width: 400, height: 30, minHeight: 20)
        c.code128(order.number, left: 420, width: 384, y: 24, barHeight: 70, maxModule: c.dots(2))
        c.text(labels.date + " " + date, x: 24, y: 146, width: 400, height: 24)
        c.text(TextTemplate.fill(labels.carton, ["number": "\(cartonNumber)", "of": "\(cartonCount)"]), x: 440, y: 146, width: 350, height: 24)
        c.horizontalRule(x: 8, y: 184, width: 796)
        c.text(labels.shipTo, x: 24, y: 196, width: 300, height: 20)
        c.text(order.shipTo.name, x: 24, y: 220, width: 764, height: 32)
        c.text(ZPLWriter.cityLine(order.shipTo) + " " + CountryName.english(order.shipTo.country),
               x: 24, y: 258, width: 764, height: 24)
        c.horizontalRule(x: 8, y: 292, width: 796)
        c.text(labels.quantity, x: 24, y: 302, width: 80, height: 20)
        c.text(labels.item, x: 110, y: 302, width: 400, height: 20)
        if !hidePrices { c.text(labels.price, x: 600, y: 302, width: 188, height: 20, justify: .right) }
        tableRows(on: &c)
        giftBlock(on: &c)
        c.raw("^PQ1")
        c.raw("^XZ")
        return c.commands.joined(separator: "\n") + "\n"
    }

    private func tableRows(on c: inout ZPLCanvas) {
        let lines = order.shippableLines
        let shown = lines.count > Self.maxRows ? Array(lines.prefix(Self.maxRows - 1)) : lines
        let nameWidth = hidePrices ? 678 : 480
        var y = Self.tableTop
        for line in shown {
            c.text("\(line.quantity)", x: 24, y: y, width: 80, height: 28)
            c.text(line.name, x: 110, y: y, width: nameWidth, height: 26, maxLines: 1)
            c.text(line.sku, x: 110, y: y + 28, width: nameWidth, height: 16)
            if !hidePrices, let unit = line.unitPriceMinor {
                c.text(Self.money(unit * line.quantity, order.currency, format: labels.format), x: 600, y: y, width: 188, height: 26, justify: .right)
            }
            y += Self.rowHeight
        }
        let rest = lines.dropFirst(shown.count)
        if !rest.isEmpty {
            let units = rest.reduce(0) { $0 + $1.quantity }
            c.text(TextTemplate.fill(labels.moreLines, ["count": "\(rest.count)", "units": "\(units)"]), x: 110, y: y, width: 678, height: 26)
            y += Self.rowHeight
        }
        c.horizontalRule(x: 8, y: y + 4, width: 796)
        let units = lines.reduce(0) { $0 + $1.quantity }
        c.text(TextTemplate.fill(labels.units, ["units": "\(units)"]), x: 24, y: y + 14, width: 300, height: 26)
        if !hidePrices, lines.allSatisfy({ $0.unitPriceMinor != nil }) {
            let total = lines.reduce(0) { $0 + ($1.unitPriceMinor ?? 0) * $1.quantity }
            c.text(labels.total + " " + Self.money(total, order.currency, format: labels.format), x: 400, y: y + 14, width: 388, height: 26, justify: .right)
        }
    }

    /// The gift message, up to 4 lines, boxed at the foot of the slip.
    private func giftBlock(on c: inout ZPLCanvas) {
        guard let message = order.giftMessage, !ZPLFieldData.normalized(message).isEmpty else { return }
        c.horizontalRule(x: 8, y: 1000, width: 796)
        c.text(labels.giftMessage, x: 24, y: 1012, width: 400, height: 22)
        c.text(message, x: 24, y: 1042, width: 764, height: 32, maxLines: 4)
    }

    /// `12.34 EUR` (or `12,34 EUR` with a decimal comma) from minor units (hundredths); the code
    /// is omitted when unknown.
    static func money(_ minor: Int, _ currency: String?, format: LocalFormat = LocalFormat(.en)) -> String {
        let code = currency.map { " " + ZPLFieldData.normalized($0) } ?? ""
        return format.money(minor: minor) + code
    }
}
