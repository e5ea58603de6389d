/// What a scanned text turned out to be.
public enum ScanKind: Equatable, Sendable {
    /// A unit of a catalogued SKU, by barcode or by SKU code.
    case item(sku: String)
    case bin(BinLocation)
    case command(StationCommand)
    /// Digits of GTIN length whose check digit is wrong: a misread, never a product.
    case badCheckDigit(String)
    /// A valid GTIN that no SKU in the catalogue carries.
    case unknownProduct(GTIN)
    case unknown

    /// A short stable name for the scan log.
    public var logName: String {
        switch self {
        case .item: return "item"
        case .bin: return "bin"
        case .command: return "command"
        case .badCheckDigit: return "bad_check_digit"
        case .unknownProduct: return "unknown_product"
        case .unknown: return "unknown"
        }
    }
}
