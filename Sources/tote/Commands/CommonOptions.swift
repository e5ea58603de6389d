import ArgumentParser

/// Options every command shares: where the store and the config live.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("SQLite store file.", valueName: "PATH"))
    var store: String?

    @Option(name: .long, help: ArgumentHelp("Config folder (station.toml, warehouse.toml, demo/).", valueName: "DIR"))
    var config: String?
}
