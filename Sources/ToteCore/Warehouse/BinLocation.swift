/// One storage slot: aisle, side of the aisle, bay along it, and shelf level.
///
/// The printed code is `A03-B-12-2` (aisle 3, side B, bay 12, level 2). Aisles and bays count
/// from 1 along the walking direction; side A is the left of the aisle walking from the front
/// cross aisle, B the right; level 1 is the floor.
public struct BinLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    public enum Side: String, Sendable, CaseIterable { case a = "A", b = "B" }

    public let aisle: Int
    public let side: Side
    public let bay: Int
    public let level: Int

    public init(aisle: Int, side: Side, bay: Int, level: Int) {
        self.aisle = aisle
        self.side = side
        self.bay = bay
        self.level = level
    }

    /// The label text, e.g. `A03-B-12-2`.
    public var code: String {
        "A" + Self.pad(aisle) + "-" + side.rawValue + "-" + Self.pad(bay) + "-" + String(level)
    }
    public var description: String { code }

    /// Parses a label code. Accepts exactly the printed form (case-insensitive); nil otherwise.
    public init?(code: some StringProtocol) {
        let parts = code.uppercased().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0].first == "A",
              let aisle = Self.number(parts[0].dropFirst(), digits: 2),
              let side = Side(rawValue: String(parts[1])),
              let bay = Self.number(parts[2], digits: 2),
              let level = Self.number(parts[3], digits: 1),
              aisle > 0, bay > 0, level > 0
        else { return nil }
        self.init(aisle: aisle, side: side, bay: bay, level: level)
    }

    /// Orders by aisle, then bay, then side, then level: the plain location sequence.
    public static func < (l: BinLocation, r: BinLocation) -> Bool {
        (l.aisle, l.bay, l.side.rawValue, l.level) < (r.aisle, r.bay, r.side.rawValue, r.level)
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private static func number(_ s: some StringProtocol, digits: Int) -> Int? {
        guard s.count == digits, s.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Int(s)
    }
}
