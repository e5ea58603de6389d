extension PickListDocument {
    /// Rows for `order` in walking order: the stops `router` lays through `layout` (as the pick
    /// screen walks them), then any line whose SKU has no bin in `catalog`, with bin `?`, so the
    /// paper never silently drops a line. Lines that need no shipping are left out.
    public init(order: Order, catalog: Catalog, layout: WarehouseLayout, router: PickRouter, subtitle: String = "") {
        let walk = PickList(order: order, catalog: catalog, layout: layout, router: router)
        var rows = walk.steps.map { Row(bin: $0.bin.code, sku: $0.sku, name: $0.name, quantity: $0.quantity) }
        let routed = Set(walk.steps.map(\.lineNumber))
        for line in order.shippableLines where !routed.contains(line.lineNumber) {
            rows.append(Row(bin: "?", sku: line.sku, name: line.name, quantity: line.quantity))
        }
        self.init(orderNumber: order.number, rows: rows, subtitle: subtitle)
    }
}
