/// Writes CSV records back as RFC 4180 text (CRLF line ends), quoting only where needed.
/// Used for the rejects file, so a fixed copy can be imported again.
public enum CSVWriter {
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    public static func field(_ value: String) -> String {
        let needsQuotes = value.utf8.contains { $0 == 0x22 || $0 == 0x2C || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return value }
        var out = "\""
        for ch in value { out += ch == "\"" ? "\"\"" : String(ch) }
        return out + "\""
    }
}
