/// Engineered labour standards: how long a trained packer should take for each piece of work.
///
/// Units: every field is seconds (per order, per distinct bin visited, per unit, per metre
/// walked). Invariant: every field is finite and ≥ 0 (`LabourStandards.parse` enforces it).
public struct LabourStandards: Equatable, Sendable {
    /// Seconds per order: claim, box, label, hand-off.
    public var secondsPerOrder: Double
    /// Seconds per distinct bin visited (travel to it, find the slot, confirm it).
    public var secondsPerBin: Double
    /// Seconds per unit picked and verified into the box.
    public var secondsPerUnit: Double
    /// Seconds per metre walked (0.8 s/m is an unhurried 1.25 m/s).
    public var secondsPerMetre: Double

    public init(secondsPerOrder: Double = 20, secondsPerBin: Double = 30, secondsPerUnit: Double = 2,
                secondsPerMetre: Double = 0.8) {
        self.secondsPerOrder = secondsPerOrder
        self.secondsPerBin = secondsPerBin
        self.secondsPerUnit = secondsPerUnit
        self.secondsPerMetre = secondsPerMetre
    }

    /// Standard seconds earned for the work described; `metres` is the pick walk's length.
    public func earnedSeconds(orders: Int, bins: Int, units: Int, metres: Double) -> Double {
        Double(orders) * secondsPerOrder + Double(bins) * secondsPerBin + Double(units) * secondsPerUnit
            + metres * secondsPerMetre
    }

    /// Earned over spent seconds (1.0 = exactly at standard); nil when nothing was spent.
    public static func productivity(earnedSeconds: Double, spentSeconds: Double) -> Double? {
        spentSeconds > 0 ? earnedSeconds / spentSeconds : nil
    }
}
