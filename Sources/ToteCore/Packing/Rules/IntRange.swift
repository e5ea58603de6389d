/// An inclusive range with optional ends, as rule files write it: `{ min = 3 }`, `{ max = 9 }`,
/// `{ min = 3, max = 9 }`. Invariant (checked when parsed): `min <= max` when both are set.
public struct IntRange: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var min: Int?
    public var max: Int?

    public init(min: Int? = nil, max: Int? = nil) {
        self.min = min
        self.max = max
    }

    @inline(__always)
    public func contains(_ value: Int) -> Bool {
        if let min, value < min { return false }
        if let max, value > max { return false }
        return true
    }

    public var description: String {
        switch (min, max) {
        case let (lo?, hi?): return "\(lo)…\(hi)"
        case let (lo?, nil): return "≥ \(lo)"
        case let (nil, hi?): return "≤ \(hi)"
        default: return "any"
        }
    }
}
