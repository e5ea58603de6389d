/// A box size the station stocks (`[[carton]]` in `config/cartons.toml`).
///
/// Invariants (checked when parsed): inner sides > 0 mm; `tareGrams >= 0`; `maxWeightGrams > tareGrams`.
public struct Carton: Equatable, Hashable, Sendable {
    /// Unique, shown at the station, e.g. `M` or `NH-BRANDED-S`.
    public var name: String
    /// What the packer scans to say "I used this box"; unique, upper case.
    public var barcode: String
    /// Inner size, millimetres.
    public var inner: Dimensions
    /// Empty box weight, grams.
    public var tareGrams: Int
    /// Most the filled box may weigh (contents plus tare), grams.
    public var maxWeightGrams: Int
    /// Printed with the shop's brand; required when a rule says `branded_box = true`.
    public var branded: Bool

    public init(name: String, barcode: String, inner: Dimensions, tareGrams: Int, maxWeightGrams: Int, branded: Bool = false) {
        self.name = name
        self.barcode = barcode
        self.inner = inner
        self.tareGrams = tareGrams
        self.maxWeightGrams = maxWeightGrams
        self.branded = branded
    }

    /// Inner volume, cubic millimetres.
    public var volume: Int { inner.length * inner.width * inner.height }

    /// Smaller boxes first; ties by maximum weight, then name, so choices are deterministic.
    static func smallerFirst(_ a: Carton, _ b: Carton) -> Bool {
        if a.volume != b.volume { return a.volume < b.volume }
        if a.maxWeightGrams != b.maxWeightGrams { return a.maxWeightGrams < b.maxWeightGrams }
        return a.name < b.name
    }
}
