/// The outcome of one `PackInput`. Accepted steps change the session when committed; refused
/// ones (`.refused`) change nothing and carry the reason for the status line.
public enum PackStep: Equatable, Sendable {
    /// `units` more of item `item` checked off by scanning.
    case counted(item: Int, units: Int)
    /// The rest of item `item` (`units` of them) checked off by the confirm key.
    case confirmed(item: Int, units: Int)
    /// Carton item `item` done with `carton`.
    case cartonChosen(item: Int, carton: Carton)
    case overridden(PackOverride)
    case refused(PackRefusal)

    public var isAccepted: Bool { if case .refused = self { false } else { true } }

    /// The item the step is about; nil for refusals.
    public var item: Int? {
        switch self {
        case .counted(let i, _), .confirmed(let i, _), .cartonChosen(let i, _): return i
        case .overridden(let o): return o.item
        case .refused: return nil
        }
    }
}

/// Why an input was refused.
public enum PackRefusal: Equatable, Sendable {
    case notOnOrder(sku: String)
    /// Every unit of the SKU (or insert) is already checked off.
    case overScan(name: String, have: Int, of: Int)
    case unknownBarcode(String)
    /// The item must be scanned; the confirm key is not allowed for it.
    case scanRequired(item: Int)
    /// A large line's count can only be confirmed after one unit was scanned.
    case scanOneFirst(item: Int)
    case alreadyDone(item: Int)
    case noSuchItem(Int)
    /// Every carton item is done.
    case noCartonNeeded
    case carton(CartonCheck)
    /// An override needs a name and a reason.
    case overrideIncomplete
    case nothingToUndo

    public var message: String {
        switch self {
        case .notOnOrder(let s): return "\(s) is not on this order."
        case .overScan(let n, let h, let o): return "All \(o) of \(n) are already in the box (\(h)/\(o))."
        case .unknownBarcode(let b): return "\(b) is not an item, insert or carton of this order."
        case .scanRequired: return "Scan this item; it cannot be confirmed by key."
        case .scanOneFirst: return "Scan one unit first, then confirm the count."
        case .alreadyDone: return "Already checked off."
        case .noSuchItem(let i): return "No checklist item \(i)."
        case .noCartonNeeded: return "Every carton is already chosen."
        case .carton(let c): return c.message
        case .overrideIncomplete: return "An override needs the supervisor's name and a reason."
        case .nothingToUndo: return "Nothing to undo."
        }
    }
}
