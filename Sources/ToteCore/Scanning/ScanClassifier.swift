/// Reads one scan (the text a keyboard-wedge scanner typed before its terminator).
///
/// Pure and total: any string, however hostile, gets exactly one `ScanKind`.
public struct ScanClassifier: Sendable {
    public let catalog: Catalog

    public init(catalog: Catalog) { self.catalog = catalog }

    public func classify(_ raw: String) -> ScanKind {
        let text = Self.trimmed(raw)
        guard !text.isEmpty, text.count <= 256 else { return .unknown }
        if let command = StationCommand(rawValue: text.uppercased()) { return .command(command) }
        if let bin = BinLocation(code: text) { return .bin(bin) }
        if text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) && [8, 12, 13, 14].contains(text.utf8.count) {
            switch GTIN.parse(text) {
            case .success(let gtin):
                if let sku = catalog.sku(gtin: gtin) { return .item(sku: sku.code) }
                return .unknownProduct(gtin)
            case .failure:
                return .badCheckDigit(text)
            }
        }
        if let sku = catalog.sku(code: text) { return .item(sku: sku.code) }
        return .unknown
    }

    /// Drops surrounding whitespace and control characters a scanner may add as suffix.
    static func trimmed(_ raw: String) -> String {
        let scalars = raw.unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.isPadding($0) }),
              let last = scalars.lastIndex(where: { !Self.isPadding($0) }) else { return "" }
        return String(scalars[first...last])
    }

    private static func isPadding(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || s.value == 0x7F || s.properties.isWhitespace
    }
}
