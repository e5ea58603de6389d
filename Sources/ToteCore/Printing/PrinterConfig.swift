/// One printer from `config/printers.toml`.
public struct PrinterDefinition: Equatable, Sendable {
    /// The name stations use in `[printers] label = "…"`.
    public var name: String
    public var uri: PrinterURI
    /// Dots per inch: 203, 300 or 600.
    public var dpi: Int
    /// A connection or send that takes longer than this fails (and the job is retried), milliseconds.
    public var timeoutMillis: Int

    public init(name: String, uri: PrinterURI, dpi: Int = 203, timeoutMillis: Int = 5000) {
        self.name = name
        self.uri = uri
        self.dpi = dpi
        self.timeoutMillis = timeoutMillis
    }
}

/// The parsed `config/printers.toml`: named printers and the retry policy.
public struct PrinterConfig: Equatable, Sendable {
    public var printers: [String: PrinterDefinition]
    public var backoff: BackoffPolicy

    public init(printers: [String: PrinterDefinition] = [:], backoff: BackoffPolicy = BackoffPolicy()) {
        self.printers = printers
        self.backoff = backoff
    }

    /// Parses `[printer.NAME]` sections (uri, dpi, timeout_ms) and `[retry]` (first_ms, max_ms, max_attempts).
    /// - Throws: `ConfigError` with file and line.
    public static func parse(_ text: String, file: String) throws(ConfigError) -> PrinterConfig {
        let root = try TOMLParser.parse(text, file: file)
        let r = RuleFileReader(file: file)
        try r.checkKeys(root, known: ["printer", "retry"], in: "the file (sections are [printer.NAME] and [retry])")
        var config = PrinterConfig()
        if let v = root["retry"] {
            let t = try r.table(v, "retry", example: "[retry] with first_ms = 2000")
            try r.checkKeys(t, known: ["first_ms", "max_ms", "max_attempts"], in: "[retry]")
            if let x = t["first_ms"] { config.backoff.firstMillis = Int64(try r.int(x, "first_ms", min: 1)) }
            if let x = t["max_ms"] { config.backoff.maxMillis = Int64(try r.int(x, "max_ms", min: 1)) }
            if let x = t["max_attempts"] { config.backoff.maxAttempts = try r.int(x, "max_attempts", min: 1) }
            guard config.backoff.maxMillis >= config.backoff.firstMillis else {
                throw r.error(t["max_ms"]?.line ?? v.line, "max_ms must be at least first_ms (\(config.backoff.firstMillis))")
            }
        }
        guard let v = root["printer"] else { return config }
        let all = try r.table(v, "printer", example: "[printer.label-1]")
        for (name, value) in all.entries {
            let t = try r.table(value, "printer.\(name)", example: "[printer.\(name)] with uri = \"tcp://10.0.0.7:9100\"")
            try r.checkKeys(t, known: ["uri", "dpi", "timeout_ms"], in: "[printer.\(name)]")
            guard let u = t["uri"] else { throw r.error(value.line, "[printer.\(name)] has no uri; add e.g. uri = \"tcp://10.0.0.7:9100\"") }
            let uri: PrinterURI
            switch PrinterURI.parse(try r.string(u, "uri")) {
            case .success(let p): uri = p
            case .failure(let e): throw r.error(u.line, e.description)
            }
            var p = PrinterDefinition(name: name, uri: uri)
            if let x = t["dpi"] {
                p.dpi = try r.int(x, "dpi")
                guard [203, 300, 600].contains(p.dpi) else { throw r.error(x.line, "dpi must be 203, 300 or 600 (got \(p.dpi))") }
            }
            if let x = t["timeout_ms"] { p.timeoutMillis = try r.int(x, "timeout_ms", min: 100) }
            config.printers[name] = p
        }
        return config
    }
}
