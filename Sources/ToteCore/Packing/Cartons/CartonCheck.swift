/// Whether a carton the packer scanned can take a load, and if not, why.
public enum CartonCheck: Equatable, Sendable {
    case fits
    /// The scanned barcode is not a configured carton.
    case unknownCarton(String)
    /// The fitter could not place `sku` (a unit of it) in the box.
    case tooSmall(carton: String, sku: String)
    /// Contents plus tare, grams, above the carton's maximum.
    case tooHeavy(carton: String, grams: Int, maxGrams: Int)
    /// A rule asked for a branded box.
    case notBranded(carton: String)

    /// One line for the status bar: what is wrong and what to do.
    public var message: String {
        switch self {
        case .fits: return "Carton fits."
        case .unknownCarton(let b): return "\(b) is not a carton in cartons.toml; scan a box label."
        case .tooSmall(let c, let sku): return "\(sku) does not fit in \(c); take a bigger box."
        case .tooHeavy(let c, let g, let m): return "\(c) holds at most \(m) g; this load is \(g) g. Take a stronger box or split."
        case .notBranded(let c): return "\(c) is a plain box; this order needs a branded box."
        }
    }
}
