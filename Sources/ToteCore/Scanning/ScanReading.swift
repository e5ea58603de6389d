/// Everything one scan says: what it is (`kind`), how it came (`aim`), what it carries (GTIN,
/// SSCC, GS1 elements, unit count) and, when it is not usable, why (`issue`).
///
/// Invariants: `issue == nil` for `.item`, `.bin`, `.command`, `.tote`, `.carton`, `.badge` and
/// `.order`; `issue != nil` for `.badCheckDigit`, `.unknownProduct` and `.unknown`;
/// `quantity >= 1`.
public struct ScanReading: Equatable, Sendable {
    public var kind: ScanKind
    /// The AIM symbology identifier the scanner sent (stripped from `data`), if any.
    public var aim: AIMIdentifier?
    /// The text that was classified: trimmed, configured prefix/suffix and AIM id removed.
    public var data: String
    /// The product number read, from a plain EAN/UPC/GTIN-14 or from AI 01/02.
    public var gtin: GTIN?
    /// The SSCC read, from AI 00 or a bare 18-digit number.
    public var sscc: SSCC?
    /// The GS1 element string, when the scan was one (also when it named no known product).
    public var elementString: GS1ElementString?
    /// Units of `kind`'s SKU this one scan stands for: AI 30 or 37, else the case size of a
    /// GTIN-14 case code, else 1.
    public var quantity: Int
    /// Why the scan is not usable; nil when it is.
    public var issue: ScanIssue?

    public var symbology: Symbology? { aim?.symbology }
    /// The SKU code for `.item`, else nil.
    public var sku: String? {
        if case .item(let sku) = kind { return sku }
        return nil
    }

    public init(kind: ScanKind, aim: AIMIdentifier? = nil, data: String, gtin: GTIN? = nil, sscc: SSCC? = nil,
                elementString: GS1ElementString? = nil, quantity: Int = 1, issue: ScanIssue? = nil) {
        self.kind = kind
        self.aim = aim
        self.data = data
        self.gtin = gtin
        self.sscc = sscc
        self.elementString = elementString
        self.quantity = max(quantity, 1)
        self.issue = issue
    }
}
