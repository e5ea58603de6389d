/// What a station's scanner sends and how its own labels look: the tunable part of the scan
/// grammar. Pure values; the station loads them from `station.toml` (see each property for the
/// suggested key under `[scanner]`).
public struct ScanGrammarConfig: Sendable, Hashable {
    /// Tote and cart labels (`tote_patterns`). Default: `T` + 4–6 digits, `CART` + 2–4 digits.
    public var totePatterns: [ScanPattern]
    /// Non-SSCC carton labels (`carton_patterns`); SSCCs (AI 00) are cartons whatever this says.
    /// Default: `C` + 6–10 digits.
    public var cartonPatterns: [ScanPattern]
    /// Packer badges (`badge_patterns`). Default: `B` + 4–8 digits.
    public var badgePatterns: [ScanPattern]
    /// Order numbers as printed on the shipping label (`order_patterns`). Default: `#` + 4–8 digits.
    public var orderPatterns: [ScanPattern]
    /// A printable ASCII character the scanner sends instead of GS (FNC1) because it cannot send
    /// control characters (`gs_substitute`, e.g. `"|"`). Only read inside GS1 element strings.
    public var gsSubstitute: Unicode.Scalar?
    /// Texts a scanner is set to put before / after every barcode, removed before reading
    /// (`strip_prefixes`, `strip_suffixes`); the first that matches is removed.
    public var stripPrefixes: [String]
    public var stripSuffixes: [String]
    /// Read 18 digits with a valid check digit and no AI as an SSCC (`bare_sscc`).
    public var bareSSCC: Bool
    /// Longer scans (UTF-8 bytes, after trimming) are unknown without further reading (`max_length`).
    public var maxLength: Int

    public init(totePatterns: [ScanPattern] = ["^T[0-9]{4,6}$", "^CART[0-9]{2,4}$"],
                cartonPatterns: [ScanPattern] = ["^C[0-9]{6,10}$"],
                badgePatterns: [ScanPattern] = ["^B[0-9]{4,8}$"],
                orderPatterns: [ScanPattern] = ["^#[0-9]{4,8}$"],
                gsSubstitute: Unicode.Scalar? = nil,
                stripPrefixes: [String] = [], stripSuffixes: [String] = [],
                bareSSCC: Bool = true, maxLength: Int = 512) {
        self.totePatterns = totePatterns
        self.cartonPatterns = cartonPatterns
        self.badgePatterns = badgePatterns
        self.orderPatterns = orderPatterns
        self.gsSubstitute = gsSubstitute
        self.stripPrefixes = stripPrefixes
        self.stripSuffixes = stripSuffixes
        self.bareSSCC = bareSSCC
        self.maxLength = maxLength
    }

    /// The substitute as one byte, when it is printable ASCII (other values are ignored).
    var gsSubstituteByte: UInt8? {
        guard let s = gsSubstitute, s.value > 0x20, s.value < 0x7F else { return nil }
        return UInt8(s.value)
    }
}
