/// A printed pick list for one order: rows in walk order with bin, quantity, SKU and name, as
/// one 4x6 in ZPL label (203 dpi design dots, scaled). Rows beyond what fits are summarised.
public struct PickListDocument: Equatable, Sendable {
    public struct Row: Equatable, Sendable {
        /// Bin code as labelled on the shelf, e.g. `A03-B-04-2`.
        public var bin: String
        public var sku: String
        public var name: String
        public var quantity: Int
        public init(bin: String, sku: String, name: String, quantity: Int) {
            self.bin = bin
            self.sku = sku
            self.name = name
            self.quantity = quantity
        }
    }

    public var orderNumber: String
    /// In walk order.
    public var rows: [Row]
    /// e.g. the station id and date, printed under the title.
    public var subtitle: String
    /// The printed words, in the shop's language.
    public var labels: DocumentLabels

    public init(orderNumber: String, rows: [Row], subtitle: String = "", labels: DocumentLabels = .english) {
        self.labels = labels
        self.orderNumber = orderNumber
        self.rows = rows
        self.subtitle = subtitle
    }

    /// Rows for `order`'s shippable lines, bins from `catalog` (unknown SKUs get bin `?`),
    /// sorted by bin so the walk is one pass.
    public init(order: Order, catalog: Catalog, subtitle: String = "", labels: DocumentLabels = .english) {
        let rows = order.shippableLines.map { line in
            Row(bin: catalog.sku(code: line.sku)?.bin.code ?? "?", sku: line.sku, name: line.name, quantity: line.quantity)
        }
        self.init(orderNumber: order.number, rows: rows.sorted { ($0.bin, $0.sku) < ($1.bin, $1.sku) }, subtitle: subtitle,
                  labels: labels)
    }

    static let maxRows = 14
    static let rowHeight = 64
    static let top = 200

    /// One complete label format (`^XA` … `^XZ`) at `dpi` (203, 300 or 600).
    public func zpl(dpi: Int = 203) -> String {
        var c = ZPLCanvas(dpi: dpi)
        c.beginFormat()
        c.text(labels.pickList, x: 24, y: 24, width: 380, height: 40, minHeight: 24)
        c.text(orderNumber, x: 24, y: 72, width: 380, height: 36, minHeight: 20)
        c.text(subtitle, x: 24, y: 116, width: 380, height: 22)
        c.code128(orderNumber, left: 410, width: 394, y: 24, barHeight: 80, maxModule: c.dots(2))
        c.horizontalRule(x: 8, y: 156, width: 796)
        c.text(labels.bin, x: 24, y: 166, width: 220, height: 22)
        c.text(labels.quantity, x: 250, y: 166, width: 80, height: 22)
        c.text(labels.skuItem, x: 340, y: 166, width: 440, height: 22)
        let shown = rows.count > Self.maxRows ? Array(rows.prefix(Self.maxRows - 1)) : rows
        var y = Self.top
        for row in shown {
            c.text(row.bin, x: 24, y: y, width: 220, height: 30, minHeight: 18)
            c.text("\(row.quantity)", x: 250, y: y, width: 80, height: 30)
            c.text(row.sku, x: 340, y: y, width: 448, height: 26, minHeight: 16)
            c.text(row.name, x: 340, y: y + 30, width: 448, height: 22)
            y += Self.rowHeight
        }
        let rest = rows.dropFirst(shown.count)
        if !rest.isEmpty {
            c.text(TextTemplate.fill(labels.moreLines, ["count": "\(rest.count)",
                                                           "units": "\(rest.reduce(0) { $0 + $1.quantity })"]), x: 24, y: y, width: 764, height: 26)
        }
        c.raw("^PQ1")
        c.raw("^XZ")
        return c.commands.joined(separator: "\n") + "\n"
    }
}
