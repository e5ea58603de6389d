/// Finds the catalogue SKU for an order line: by code, else by barcode, else by exact name
/// (case-insensitive, only when one SKU has that name).
public struct CatalogLookup: Sendable {
    public let catalog: Catalog
    private var byName: [String: String?] = [:]

    public init(_ catalog: Catalog) {
        self.catalog = catalog
        for sku in catalog.skus {
            let key = sku.name.lowercased()
            byName[key] = byName[key] == nil ? .some(sku.code) : .some(nil)
        }
    }

    public enum Match: Equatable { case found(String), unknownCode, noMatch, ambiguousName }

    /// - Parameters: `code` and `barcode` may be empty.
    public func resolve(code: String, barcode: String, name: String) -> Match {
        if !code.isEmpty { return catalog.sku(code: code) != nil ? .found(code) : .unknownCode }
        if !barcode.isEmpty, let gtin = GTIN(barcode), let sku = catalog.sku(gtin: gtin) { return .found(sku.code) }
        switch byName[name.lowercased()] {
        case .some(.some(let code)): return .found(code)
        case .some(.none): return .ambiguousName
        case .none: return .noMatch
        }
    }
}
