/// How far a weighed parcel may be from its expected weight before the packer must recount.
///
/// The allowance is the larger of `absoluteGrams` and `percent` of the expected weight, so
/// small parcels are judged in grams and heavy ones in percent. Invariant: both ≥ 0.
public struct WeightTolerance: Equatable, Sendable {
    /// Grams.
    public var absoluteGrams: Int
    /// Percent of the expected weight, e.g. 5 for 5 %.
    public var percent: Double

    public init(absoluteGrams: Int = 50, percent: Double = 5) {
        self.absoluteGrams = max(absoluteGrams, 0)
        self.percent = max(percent, 0)
    }

    /// Allowed difference for a parcel expected to weigh `expectedGrams`, grams (rounded down).
    public func allowance(forExpected expectedGrams: Int) -> Int {
        max(absoluteGrams, Int(Double(max(expectedGrams, 0)) * percent / 100))
    }
}
