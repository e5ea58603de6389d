/// The barcode symbology a scan came from, as its AIM symbology identifier tells
/// (ISO/IEC 15424; GS1 General Specifications §5.1.2, Figure 5.1.2-2).
public enum Symbology: String, Sendable, Hashable, CaseIterable {
    case code128 = "Code 128"
    case gs1_128 = "GS1-128"
    case eanUPC = "EAN-13/UPC-A"
    case ean8 = "EAN-8"
    case eanAddOn = "EAN/UPC add-on"
    case eanWithAddOn = "EAN/UPC with add-on"
    case dataMatrix = "Data Matrix"
    case gs1DataMatrix = "GS1 DataMatrix"
    case qr = "QR Code"
    case gs1QR = "GS1 QR Code"
    case gs1DataBar = "GS1 DataBar"
    case gs1DotCode = "GS1 DotCode"
    case dotCode = "DotCode"
    case code39 = "Code 39"
    case code93 = "Code 93"
    case interleaved2of5 = "ITF"
    case codabar = "Codabar"
    case pdf417 = "PDF417"
    case aztec = "Aztec"
    /// An AIM identifier this table does not name; the identifier is still stripped.
    case other = "other"

    /// True when the data is a GS1 element string (FNC1 in first position).
    public var carriesGS1: Bool {
        switch self {
        case .gs1_128, .gs1DataMatrix, .gs1QR, .gs1DataBar, .gs1DotCode: return true
        default: return false
        }
    }
}
