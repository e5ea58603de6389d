/// What a scanned text turned out to be.
///
/// The richer `ScanReading` (from `ScanClassifier.read(_:)`) carries the symbology, GS1
/// elements, unit count and the reason a scan failed; this is its one-word summary.
public enum ScanKind: Equatable, Sendable {
    /// A unit of a catalogued SKU, by barcode or by SKU code. A case code or a GS1 count
    /// (30/37) stands for several units: see `ScanReading.quantity`.
    case item(sku: String)
    case bin(BinLocation)
    case command(StationCommand)
    /// Digits of GTIN (or SSCC) length whose check digit is wrong: a misread, never a product.
    case badCheckDigit(String)
    /// A valid GTIN that no SKU in the catalogue carries.
    case unknownProduct(GTIN)
    /// A tote or cart label (`ScanGrammarConfig.totePatterns`), upper-cased.
    case tote(String)
    /// A carton: an SSCC (18 digits, AI 00 or bare) or a carton label (`cartonPatterns`), upper-cased.
    case carton(String)
    /// A packer badge (`badgePatterns`), upper-cased.
    case badge(String)
    /// An order number (`orderPatterns`), upper-cased, e.g. `#1021`.
    case order(String)
    /// Anything else, including malformed GS1 strings (`ScanReading.issue` says why).
    case unknown

    /// A short stable name for the scan log.
    public var logName: String {
        switch self {
        case .item: return "item"
        case .bin: return "bin"
        case .command: return "command"
        case .badCheckDigit: return "bad_check_digit"
        case .unknownProduct: return "unknown_product"
        case .tote: return "tote"
        case .carton: return "carton"
        case .badge: return "badge"
        case .order: return "order"
        case .unknown: return "unknown"
        }
    }
}
