import ToteCore

/// The short-pick dialog over the pick screen: the picker says how many units the bin did
/// hold, why the rest is missing, and whether the bin is now empty, then confirms.
///
/// Nothing reaches the store until the confirm: Esc (or scanning CANCEL) closes it with no
/// change. Invariant: `0 <= found <= needed`; `stage` only moves forward once its answer is set.
public struct ShortPickDialog: Equatable, Sendable {
    /// The question on screen.
    public enum Stage: Equatable, Sendable { case found, reason, binEmpty, confirm }

    /// The stop being reported short (its order line, SKU and bin are fixed when the dialog opens).
    public var lineNumber: Int
    public var sku: String
    public var name: String
    public var bin: BinLocation
    /// Units still to pick on the stop when the dialog opened.
    public var needed: Int
    /// Units found so far: typed, or one per scanned unit of the item.
    public var found = 0
    public var reason: ShortReason?
    public var binEmpty: Bool?
    public var stage: Stage = .found
    /// What opened it, for the scan log (`SHORT` for the function key).
    public var raw: String
    /// The confirmed short pick is on its way to the store; input waits for the answer.
    public var saving = false

    public init(step: PickStep, needed: Int, raw: String) {
        lineNumber = step.lineNumber
        sku = step.sku
        name = step.name
        bin = step.bin
        self.needed = needed
        self.raw = raw
    }
}
