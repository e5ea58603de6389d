/// The return label a rule asks for (`return_label = "dhl-retoure-de"`): printed with the
/// shipping label so the customer can send the parcel back. Addresses are reversed (from the
/// customer, to the warehouse) and the return reference `<order>-R` is a Code 128 the returns
/// desk scans to find the order.
///
/// Carrier APIs cannot be reached here, so this is the warehouse's own return authorisation,
/// not a prepaid carrier label; the `kind` names the carrier product it stands for.
public struct ReturnLabel: Equatable, Sendable {
    /// The rule's return-label name, e.g. `dhl-retoure-de`.
    public var kind: String
    public var order: Order
    public var warehouse: ShipFrom

    public init(kind: String, order: Order, warehouse: ShipFrom) {
        self.kind = kind
        self.order = order
        self.warehouse = warehouse
    }

    /// The reference the returns desk scans: the order number and `-R`.
    public var reference: String { order.number + "-R" }

    /// One 4x6 in label format at `dpi` (203, 300 or 600); every field `^FH`-escaped.
    public func zpl(dpi: Int = 203) -> String {
        var c = ZPLCanvas(dpi: dpi)
        c.beginFormat()
        c.text("RETURN LABEL", x: 24, y: 24, width: 764, height: 56, justify: .center)
        c.text(kind, x: 24, y: 92, width: 764, height: 30, minHeight: 20, maxLines: 1, justify: .center)
        c.horizontalRule(x: 8, y: 140, width: 796)
        c.text("FROM", x: 24, y: 160, width: 200, height: 24)
        let from = order.shipTo
        let fromLines = [from.name, from.address1, from.address2, "\(from.postalCode) \(from.city)", from.country].compactMap { $0 }
        for (i, line) in fromLines.prefix(5).enumerated() {
            c.text(line, x: 24, y: 192 + i * 34, width: 764, height: 28, minHeight: 18)
        }
        c.horizontalRule(x: 8, y: 370, width: 796)
        c.text("TO", x: 24, y: 390, width: 200, height: 30)
        let toLines = [warehouse.name] + warehouse.addressLines + ["\(warehouse.postalCode) \(warehouse.city)", warehouse.country]
        for (i, line) in toLines.prefix(5).enumerated() {
            c.text(line, x: 24, y: 430 + i * 50, width: 764, height: 42, minHeight: 20)
        }
        c.horizontalRule(x: 8, y: 700, width: 796)
        c.text("RETURN REFERENCE", x: 24, y: 720, width: 764, height: 26, justify: .center)
        c.code128(reference, left: 40, width: 732, y: 760, barHeight: 180, maxModule: c.dots(4))
        c.text("Keep this label for a return; the reference finds your order.", x: 24, y: 1120, width: 764, height: 24,
               maxLines: 2, justify: .center)
        c.raw("^PQ1")
        c.raw("^XZ")
        return c.commands.joined(separator: "\n") + "\n"
    }
}
