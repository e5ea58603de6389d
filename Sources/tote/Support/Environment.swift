import Foundation
import ToteCore
import ToteStore
import ToteTUI

/// Where things are and what the config says, resolved once per command.
struct Environment {
    let configDirectory: String
    /// Where the floor's store is (`--store`): a SQLite file, or a PostgreSQL database.
    let store: StoreLocation
    /// The SQLite file; with a PostgreSQL store, where the file would be: its folder holds what
    /// stays on this host (label spool, the station's offline journal).
    let storePath: String
    let station: StationConfig
    let layout: WarehouseLayout
    let shipFrom: ShipFrom
    /// The station's language and why: `--lang`, else `[station] language`, else the locale.
    let languages: LanguageChoice

    /// The packing slip's and pick list's language: `[documents] language`, else the station's.
    var documentLanguage: Language { station.documentLanguage ?? languages.language }

    init(options: CommonOptions, language flag: Language? = nil) throws {
        configDirectory = try Self.resolveConfigDirectory(options.config)
        store = try options.store.map { try StoreLocation(parsing: Self.expandTilde($0)) } ?? .file(Self.defaultStorePath())
        if case .file(let path) = store { storePath = path } else { storePath = Self.defaultStorePath() }
        let stationFile = configDirectory + "/station.toml"
        let stationText = try Self.readIfPresent(stationFile)
        station = try stationText.map { try StationConfig.parse($0, file: stationFile) } ?? StationConfig()
        let layoutFile = configDirectory + "/warehouse.toml"
        guard let layoutText = try Self.readIfPresent(layoutFile) else {
            throw ToteError("\(layoutFile): missing. The warehouse layout is required; see README.md, section Config.")
        }
        layout = try WarehouseLayout.parse(layoutText, file: layoutFile)
        shipFrom = ShipFrom(name: layout.name, addressLines: ["1 Depot Road"], city: "Springfield", postalCode: "12345",
                            country: "US")
        // The locale is read here, at the edge; choosing from it is pure (LanguageChoice).
        let vars = ProcessInfo.processInfo.environment
        languages = LanguageChoice.resolve(flag: flag, config: station.language, lcAll: vars["LC_ALL"],
                                           lcMessages: vars["LC_MESSAGES"], lang: vars["LANG"])
    }

    /// The store `--store` names, opened (and migrated). `offlineStart`: a station opens a
    /// PostgreSQL store even while its server does not answer, and works from its journal.
    func openStore(offlineStart: Bool = false) throws -> FloorStore { try FloorStore.open(store, offlineStart: offlineStart) }

    /// What a station keeps of the store to start while the server does not answer.
    func stationCachePath(station: String) -> String { stationFile("station-cache", station: station, extension: "json") }

    /// `<kind>-<station>-<digest of the store's URL>.<extension>` beside where a store file would be.
    private func stationFile(_ kind: String, station: String, extension ext: String) -> String {
        let digest = SHA256.hash(Array(store.description.utf8)).prefix(6).map { String(format: "%02x", $0) }.joined()
        return (storePath as NSString).deletingLastPathComponent + "/\(kind)-\(station)-\(digest).\(ext)"
    }

    /// The station's offline journal: on this host, beside where a store file would be, one per
    /// station and store (the name carries a digest of the store's URL), so a host that serves
    /// two floors never replays one floor's scans into the other.
    func journalPath(station: String) -> String { stationFile("journal", station: station, extension: "sqlite") }

    /// The spool folder: absolute as configured, or relative to the store's folder.
    func spoolDirectory(for station: StationConfig) -> String {
        let dir = Self.expandTilde(station.spoolDirectory)
        if dir.hasPrefix("/") { return dir }
        return (storePath as NSString).deletingLastPathComponent + "/" + dir
    }

    /// `$XDG_DATA_HOME/tote/tote.sqlite`, else `~/.local/share/tote/tote.sqlite`.
    static func defaultStorePath() -> String {
        let env = ProcessInfo.processInfo.environment
        if let xdg = env["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/tote/tote.sqlite" }
        return home + "/.local/share/tote/tote.sqlite"
    }

    /// `$HOME` as the shell has it (a packer's login may set it differently from the password
    /// database), else the account's home folder.
    static var home: String {
        if let home = ProcessInfo.processInfo.environment["HOME"], home.hasPrefix("/") { return home }
        return NSHomeDirectory()
    }

    /// `--config`, else `./config`, else the `config` folder of the checkout the binary was
    /// built in (so `swift run tote` and tests work from any folder).
    static func resolveConfigDirectory(_ given: String?) throws -> String {
        let fm = FileManager.default
        if let given {
            let dir = expandTilde(given)
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
                throw ToteError("--config \(given): no such folder. Pass the folder that holds warehouse.toml.")
            }
            return dir
        }
        let local = fm.currentDirectoryPath + "/config"
        if fm.fileExists(atPath: local + "/warehouse.toml") { return local }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = dir.appendingPathComponent("config")
            if fm.fileExists(atPath: candidate.path + "/warehouse.toml") { return candidate.path }
            dir.deleteLastPathComponent()
        }
        throw ToteError("No config folder found (looked for ./config/warehouse.toml). Pass --config DIR.")
    }

    static func readIfPresent(_ path: String) throws -> String? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ToteError("\(path): cannot be read (check its permissions).")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ToteError("\(path): not UTF-8 text. Save it as UTF-8.")
        }
        return text
    }

    static func expandTilde(_ path: String) -> String {
        path.hasPrefix("~/") ? home + String(path.dropFirst()) : path
    }
}
