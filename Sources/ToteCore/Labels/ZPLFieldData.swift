/// Turns arbitrary customer text into `^FH` field data that the printer can only print, never execute.
///
/// The indicator is the default `_`. Every character that ZPL gives a meaning inside `^FD` is written
/// as a hex escape: `^` (format prefix, would end the field), `~` (control prefix, runs immediately
/// even mid-field), `_` (the indicator itself), and any control character that slipped past
/// `normalized(_:)`. Everything else, including non-ASCII, goes through as UTF-8 under `^CI28`.
enum ZPLFieldData {
    static let indicator: Character = "_"

    /// Line breaks, tabs and other control characters become single spaces and runs of spaces collapse:
    /// a label line cannot hold a line break, and `^FB` does the wrapping.
    static func normalized(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isBreakingSpace(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        return String(out)
    }

    /// `text` as `^FH_` field data.
    ///
    /// - Parameter inFieldBlock: true when the field has `^FB`. Inside `^FB` a backslash starts an
    ///   escape (`\&` line break, `\(*)` soft hyphen), so a literal backslash is written as `\\`,
    ///   the form the ZPL manual gives; a hex-escaped `_5C` would be read either way depending on
    ///   whether the firmware decodes `^FH` before or after `^FB`.
    static func escaped(_ text: String, inFieldBlock: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "^", "~", "_":
                out += hex(scalar)
            case "\\":
                out += inFieldBlock ? "\\\\" : hex(scalar)
            default:
                if scalar.properties.generalCategory == .control {
                    out += hex(scalar)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Reverses `escaped(_:inFieldBlock:)`: decodes `_XX` at byte level (as the printer does), then
    /// the `^FB` backslash form. Used by tests; returns nil for malformed escapes or invalid UTF-8.
    static func decoded(_ data: String, inFieldBlock: Bool) -> String? {
        var bytes: [UInt8] = []
        let raw = Array(data.utf8)
        var i = 0
        while i < raw.count {
            if raw[i] == UInt8(ascii: "_") {
                guard i + 2 < raw.count, let hi = hexValue(raw[i + 1]), let lo = hexValue(raw[i + 2]) else { return nil }
                bytes.append(hi << 4 | lo)
                i += 3
            } else {
                bytes.append(raw[i])
                i += 1
            }
        }
        guard var text = String(validating: bytes, as: UTF8.self) else { return nil }
        if inFieldBlock { text = text.replacingBackslashPairs() }
        return text
    }

    private static func isBreakingSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator, .spaceSeparator: return true
        default: return false
        }
    }

    private static func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = Array("0123456789ABCDEF")
        var out = ""
        for byte in String(scalar).utf8 {
            out.append(indicator)
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return out
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        default: return nil
        }
    }
}

private extension String {
    /// `\\` to `\`, left to right, as `^FB` reads it.
    func replacingBackslashPairs() -> String {
        var out = ""
        var pendingBackslash = false
        for ch in self {
            if ch == "\\" && pendingBackslash {
                pendingBackslash = false
                continue
            }
            pendingBackslash = ch == "\\"
            out.append(ch)
        }
        return out
    }
}
