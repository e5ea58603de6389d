/// Where a printer is reached, parsed from `config/printers.toml`.
public enum PrinterURI: Equatable, Sendable, CustomStringConvertible {
    /// Raw TCP (Zebra port 9100): `tcp://host:9100`; the port defaults to 9100.
    case tcp(host: String, port: Int)
    /// A CUPS queue, sent raw with `lp -d QUEUE -o raw`: `cups://QUEUE`.
    case cups(queue: String)
    /// A spool folder: each job is written atomically as a file: `file:///var/spool/tote`.
    case folder(path: String)

    /// Parses `tcp://host[:port]`, `cups://QUEUE` or `file://DIR`.
    /// - Returns: the URI, or an error saying what to write instead.
    public static func parse(_ text: String) -> Result<PrinterURI, PrinterURIError> {
        if text.hasPrefix("tcp://") {
            let rest = String(text.dropFirst(6))
            var host = rest, port = 9100
            if let colon = rest.lastIndex(of: ":") {
                host = String(rest[..<colon])
                guard let p = Int(rest[rest.index(after: colon)...]), (1...65_535).contains(p) else {
                    return .failure(PrinterURIError(text: text, reason: "the port after ':' must be 1–65535, e.g. tcp://10.0.0.7:9100"))
                }
                port = p
            }
            guard !host.isEmpty, host.utf8.allSatisfy({ $0 > 32 && $0 < 127 && $0 != UInt8(ascii: "/") }) else {
                return .failure(PrinterURIError(text: text, reason: "write a host name or IP address, e.g. tcp://10.0.0.7:9100"))
            }
            return .success(.tcp(host: host, port: port))
        }
        if text.hasPrefix("cups://") {
            let q = String(text.dropFirst(7))
            guard !q.isEmpty, q.utf8.allSatisfy({ $0 > 32 && $0 < 127 && $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "#") }) else {
                return .failure(PrinterURIError(text: text, reason: "write the CUPS queue name (lpstat -p lists them), e.g. cups://zebra-pack1"))
            }
            return .success(.cups(queue: q))
        }
        if text.hasPrefix("file://") {
            let p = String(text.dropFirst(7))
            guard !p.isEmpty else { return .failure(PrinterURIError(text: text, reason: "write a folder, e.g. file://spool or file:///var/spool/tote")) }
            return .success(.folder(path: p))
        }
        return .failure(PrinterURIError(text: text, reason: "use tcp://HOST:9100, cups://QUEUE or file://DIR"))
    }

    public var description: String {
        switch self {
        case .tcp(let h, let p): return "tcp://\(h):\(p)"
        case .cups(let q): return "cups://\(q)"
        case .folder(let p): return "file://\(p)"
        }
    }
}

public struct PrinterURIError: Error, Equatable, Sendable, CustomStringConvertible {
    public var text: String
    public var reason: String
    public var description: String { "printer uri \"\(text)\": \(reason)" }
}
