/// The kinds of file `tote import` reads.
public enum ImportFormat: String, Sendable, CaseIterable {
    case csv, json, jsonl

    /// From the file name's extension, else from the first non-blank byte (`[` or `{` is JSON).
    public static func detect(path: String, bytes: [UInt8]) -> ImportFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".csv") { return .csv }
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return .jsonl }
        if lower.hasSuffix(".json") { return .json }
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count, [0x20, 0x09, 0x0D, 0x0A].contains(bytes[i]) { i += 1 }
        guard i < bytes.count else { return .csv }
        return bytes[i] == 0x5B ? .json : bytes[i] == 0x7B ? .jsonl : .csv
    }
}
