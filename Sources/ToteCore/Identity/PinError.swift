/// A PIN that is not 4 to 12 digits.
public struct PinError: Error, Equatable, Sendable, CustomStringConvertible {
    public init() {}
    public var description: String { "A PIN is 4 to 12 digits (0–9); nothing was saved." }
}
