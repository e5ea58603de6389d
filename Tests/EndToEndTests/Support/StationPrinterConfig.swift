import Foundation

/// A config folder like the shipped one, but with one label printer: what a station under test
/// prints through.
enum StationPrinterConfig {
    /// Copies `config/` into `station.folder/config`, defines printer `name` at `uri` (fast
    /// retries so a test need not wait), and makes it the station's label printer.
    static func make(in station: Station, name: String, uri: String) throws -> URL {
        let config = station.folder.appendingPathComponent("config")
        try FileManager.default.copyItem(atPath: ToteBinary.configDirectory, toPath: config.path)
        let printers = """
            [printer.\(name)]
            uri = "\(uri)"
            dpi = 203
            [retry]
            first_ms = 200
            max_ms = 1000
            max_attempts = 1000
            """
        try printers.write(to: config.appendingPathComponent("printers.toml"), atomically: true, encoding: .utf8)
        let stationFile = config.appendingPathComponent("station.toml")
        let shipped = try String(contentsOf: stationFile, encoding: .utf8)
        let configured = shipped.contains("\n[printers]\n")
            ? shipped.replacingOccurrences(of: "\n[printers]\n", with: "\n[printers]\nlabel = \"\(name)\"\n")
            : shipped + "\n[printers]\nlabel = \"\(name)\"\n"
        try configured.write(to: stationFile, atomically: true, encoding: .utf8)
        return config
    }
}
