/// Why a scan is not what it seemed: the data behind the station's error line.
public enum ScanIssue: Error, Hashable, Sendable, CustomStringConvertible {
    /// A GTIN or SSCC whose check digit is wrong: a misread, never a product.
    /// `code` is the digits as read; `expected` the digit that would make them valid.
    case checkDigit(code: String, expected: Int, got: Int)
    /// A valid GTIN that no SKU in the catalogue carries (nor, as a case code with a count, its unit).
    case unknownProduct(GTIN)
    /// A GS1 element string that does not parse (unknown AI, bad date, too long value, …).
    case elementString(GS1ParseError)
    /// A GS1 element string with no GTIN (01/02) and no SSCC (00): no way to tell the product.
    case missingGTIN
    /// 01 and 02 together: GS1 forbids the pair (General Specifications §4.13, invalid pairs).
    case conflictingGTINs
    /// A count (30, 37) of zero.
    case badCount(ai: String, value: String)
    /// Longer than `ScanGrammarConfig.maxLength` bytes.
    case tooLong(bytes: Int)
    /// Nothing left after trimming.
    case empty
    /// Read fine, but matches nothing the station knows.
    case unknownCode

    /// The English status line, e.g. `Check digit wrong: 4006381333932 — rescan`.
    public var message: String {
        switch self {
        case .checkDigit(let code, _, _): return "Check digit wrong: \(code) — rescan"
        case .unknownProduct(let gtin): return "Unknown product: \(gtin.digits) is not in the catalogue"
        case .elementString(let e): return "GS1 code not valid: " + e.description
        case .missingGTIN: return "GS1 code without a GTIN (01/02): cannot tell the product"
        case .conflictingGTINs: return "GS1 code holds both (01) and (02): rescan or check the label"
        case .badCount(let ai, let v): return "GS1 code count (\(ai)) is \(v): must be at least 1"
        case .tooLong(let n): return "Scan too long (\(n) bytes): not a barcode this station reads"
        case .empty: return "Empty scan"
        case .unknownCode: return "Unknown code"
        }
    }

    /// More detail for logs and `tote scan explain`, e.g. `expected check digit 1, read 2`.
    public var detail: String? {
        switch self {
        case .checkDigit(_, let e, let g): return "expected check digit \(e), read \(g)"
        default: return nil
        }
    }

    /// A short stable name for the scan log and scripts.
    public var logName: String {
        switch self {
        case .checkDigit: return "bad_check_digit"
        case .unknownProduct: return "unknown_product"
        case .elementString(let e):
            switch e {
            case .checkDigit: return "bad_check_digit"
            case .badDate: return "bad_date"
            case .unknownAI: return "unknown_ai"
            default: return "bad_element_string"
            }
        case .missingGTIN: return "missing_gtin"
        case .conflictingGTINs: return "conflicting_gtins"
        case .badCount: return "bad_count"
        case .tooLong: return "too_long"
        case .empty: return "empty"
        case .unknownCode: return "unknown"
        }
    }

    public var description: String { message }
}
