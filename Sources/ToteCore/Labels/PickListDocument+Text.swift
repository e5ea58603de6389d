extension PickListDocument {
    /// The pick list as plain text for a sheet of paper or a terminal: one numbered row per
    /// stop in the document's order, a box to tick, and the totals. Control characters in any
    /// field become spaces, so a hostile item name cannot drive the terminal or printer.
    /// Columns are padded by characters (monospace fonts; wide scripts may shift a column).
    public func text() -> String {
        var out = "PICK LIST  \(Self.clean(orderNumber))\n"
        if !subtitle.isEmpty { out += Self.clean(subtitle) + "\n" }
        out += "\n"
        let binWidth = max(3, rows.map { Self.clean($0.bin).count }.max() ?? 0)
        let skuWidth = max(3, rows.map { Self.clean($0.sku).count }.max() ?? 0)
        let qtyWidth = max(3, rows.map { String($0.quantity).count }.max() ?? 0)
        let stopWidth = max(4, String(rows.count).count)
        out += ["    ", Self.pad("Stop", stopWidth, right: true), Self.pad("Bin", binWidth),
                Self.pad("Qty", qtyWidth, right: true), Self.pad("SKU", skuWidth), "Item"].joined(separator: "  ")
            + "\n"
        for (i, row) in rows.enumerated() {
            let cells = ["[ ]", " " + Self.pad(String(i + 1), stopWidth, right: true), Self.pad(Self.clean(row.bin), binWidth),
                         Self.pad(String(row.quantity), qtyWidth, right: true), Self.pad(Self.clean(row.sku), skuWidth),
                         Self.clean(row.name)]
            out += cells.joined(separator: "  ") + "\n"
        }
        let units = rows.reduce(0) { $0 + $1.quantity }
        out += "\n\(rows.count) stop(s), \(units) unit(s).\n"
        if rows.contains(where: { $0.bin == "?" }) {
            out += "Bin ? : the catalogue has no bin for that SKU; ask a supervisor.\n"
        }
        return out
    }

    private static func clean(_ s: String) -> String {
        var out = ""
        var lastSpace = false
        for scalar in s.unicodeScalars {
            let control = scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
            let space = control || scalar == " "
            if space {
                if !lastSpace { out.unicodeScalars.append(" ") }
            } else {
                out.unicodeScalars.append(scalar)
            }
            lastSpace = space
        }
        return out.trimmingSpaces()
    }

    private static func pad(_ s: String, _ n: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, n - s.count))
        return right ? fill + s : s + fill
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
