/// Compares a weighed parcel with what it should weigh.
public enum WeightCheck: Equatable, Sendable {
    /// Within tolerance. `difference` is measured minus expected, grams.
    case ok(expected: Int, measured: Int, difference: Int)
    /// Outside tolerance: something is missing or extra; count the box again.
    case recount(expected: Int, measured: Int, difference: Int, allowed: Int)

    public init(measuredGrams: Int, expectedGrams: Int, tolerance: WeightTolerance) {
        let diff = measuredGrams - expectedGrams
        let allowed = tolerance.allowance(forExpected: expectedGrams)
        self = abs(diff) <= allowed
            ? .ok(expected: expectedGrams, measured: measuredGrams, difference: diff)
            : .recount(expected: expectedGrams, measured: measuredGrams, difference: diff, allowed: allowed)
    }

    public var isOK: Bool { if case .ok = self { true } else { false } }

    /// One status-bar line.
    public var message: String {
        switch self {
        case .ok(let e, let m, _): return "Weight OK: \(m) g (expected \(e) g)."
        case .recount(let e, let m, let d, let a):
            return "Weight \(m) g is \(abs(d)) g \(d > 0 ? "over" : "under") the expected \(e) g (±\(a) g allowed): recount the box."
        }
    }
}
