/// The pack-station check that every unit in the box is the right one.
///
/// Each order line must be verified by scanning its barcode `quantity` times. Invariant:
/// `verified[i]` is in `0...lines[i].quantity`; a refused scan changes nothing.
public struct PackChecklist: Equatable, Sendable {
    public struct Line: Equatable, Sendable {
        public var lineNumber: Int
        public var sku: String
        public var name: String
        public var quantity: Int
    }

    public private(set) var lines: [Line]
    public private(set) var verified: [Int]

    public enum Outcome: Equatable, Sendable {
        case verified(line: Int)
        case notOnOrder(sku: String)
        case overScan(sku: String, have: Int, of: Int)
    }

    public init(order: Order) {
        // Gift cards and other lines that need no shipping are never packed.
        lines = order.shippableLines.map { Line(lineNumber: $0.lineNumber, sku: $0.sku, name: $0.name, quantity: $0.quantity) }
        verified = Array(repeating: 0, count: lines.count)
    }

    public var isComplete: Bool { lines.indices.allSatisfy { verified[$0] >= lines[$0].quantity } }
    public var unitsVerified: Int { verified.reduce(0, +) }
    public var unitsTotal: Int { lines.reduce(0) { $0 + $1.quantity } }

    public func evaluate(sku: String) -> Outcome {
        let matching = lines.indices.filter { lines[$0].sku == sku }
        if matching.isEmpty { return .notOnOrder(sku: sku) }
        if let open = matching.first(where: { verified[$0] < lines[$0].quantity }) { return .verified(line: open) }
        let have = matching.reduce(0) { $0 + verified[$1] }
        let of = matching.reduce(0) { $0 + lines[$1].quantity }
        return .overScan(sku: sku, have: have, of: of)
    }

    public mutating func commit(_ outcome: Outcome) {
        if case .verified(let i) = outcome { verified[i] = min(verified[i] + 1, lines[i].quantity) }
    }

    /// Takes back one verified unit of line index `i` (UNDO).
    public mutating func uncount(line i: Int) {
        if lines.indices.contains(i), verified[i] > 0 { verified[i] -= 1 }
    }

    public mutating func restore(verifiedByLine: [Int: Int]) {
        for i in lines.indices {
            verified[i] = min(max(verifiedByLine[lines[i].lineNumber] ?? 0, 0), lines[i].quantity)
        }
    }
}
