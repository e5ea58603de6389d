/// Why a picker found fewer units in a bin than the pick list asked for. Chosen on the pick
/// screen's short-pick dialog by number key (`code`) or by scanning its barcode.
///
/// The raw value is what the store logs (`short_pick.reason`); never rename a case.
public enum ShortReason: String, Sendable, CaseIterable, Codable {
    case notInBin = "not_in_bin"
    case damaged
    case wrongItem = "wrong_item"
    case other

    /// The number key that chooses it on the dialog, 1…4 in `allCases` order.
    public var code: Int { Self.allCases.firstIndex(of: self)! + 1 }

    /// The reason for number key `code` (1…4); nil for any other number.
    public init?(code: Int) {
        guard (1...Self.allCases.count).contains(code) else { return nil }
        self = Self.allCases[code - 1]
    }

    /// Reads a typed or scanned reason: its number (`2`), a reason barcode (`R2`, `REASON-2`)
    /// or its name in any case, with `-`, `_` or spaces (`wrong item`, `NOT-IN-BIN`). The
    /// station command `DAMAGED` reads as `.damaged`. Nil for anything else.
    public init?(scan raw: String) {
        let text = raw.trimmingWhitespace().uppercased()
        var digits = Substring(text)
        for prefix in ["REASON-", "REASON", "R-", "R"] where digits.hasPrefix(prefix) {
            digits = digits.dropFirst(prefix.count)
            break
        }
        if !digits.isEmpty, digits.utf8.count <= 2, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
           let n = Int(digits), let reason = ShortReason(code: n) {
            self = reason
            return
        }
        let name = String(text.unicodeScalars.filter { $0 != "-" && $0 != "_" && $0 != " " })
        guard let reason = Self.allCases.first(where: {
            $0.rawValue.uppercased().replacingUnderscores() == name
        }) else { return nil }
        self = reason
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }

    fileprivate func replacingUnderscores() -> String {
        String(unicodeScalars.filter { $0 != "_" })
    }
}
