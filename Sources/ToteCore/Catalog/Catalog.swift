/// The SKUs a warehouse stocks, indexed by code and by barcode.
///
/// Barcodes are indexed by their 14-digit GTIN form, so a UPC-A and the same number written as
/// EAN-13 resolve to the same SKU.
public struct Catalog: Sendable {
    public private(set) var skus: [SKU] = []
    private var byCode: [String: Int] = [:]
    private var byGTIN: [String: Int] = [:]

    public enum BuildError: Error, Equatable, CustomStringConvertible {
        case duplicateSKU(String)
        case duplicateBarcode(String, first: String, second: String)
        case invalidBarcode(sku: String, barcode: String)

        public var description: String {
            switch self {
            case .duplicateSKU(let s): return "SKU \(s) is listed twice"
            case .duplicateBarcode(let b, let f, let s): return "barcode \(b) belongs to both \(f) and \(s)"
            case .invalidBarcode(let s, let b): return "SKU \(s): barcode \(b) is not a valid GTIN (length or check digit)"
            }
        }
    }

    public init() {}

    /// Builds the indexes; refuses duplicate SKU codes, shared barcodes and invalid GTINs.
    public init(_ skus: [SKU]) throws {
        for sku in skus { try add(sku) }
    }

    public mutating func add(_ sku: SKU) throws {
        guard byCode[sku.code] == nil else { throw BuildError.duplicateSKU(sku.code) }
        var keys: [String] = []
        for barcode in sku.barcodes {
            guard let gtin = GTIN(barcode) else { throw BuildError.invalidBarcode(sku: sku.code, barcode: barcode) }
            if let other = byGTIN[gtin.gtin14] {
                throw BuildError.duplicateBarcode(barcode, first: skus[other].code, second: sku.code)
            }
            keys.append(gtin.gtin14)
        }
        let index = skus.count
        skus.append(sku)
        byCode[sku.code] = index
        for key in keys { byGTIN[key] = index }
    }

    public func sku(code: String) -> SKU? { byCode[code].map { skus[$0] } }
    public func sku(gtin: GTIN) -> SKU? { byGTIN[gtin.gtin14].map { skus[$0] } }
    public var count: Int { skus.count }
}
