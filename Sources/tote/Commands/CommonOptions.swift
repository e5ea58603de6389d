import ArgumentParser

/// Options every command shares: where the store and the config live.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The store: a SQLite file (PATH or sqlite:PATH), or postgres://user@host:port/db (password from PGPASSWORD or ~/.pgpass).",
        valueName: "PATH|URL"))
    var store: String?

    @Option(name: .long, help: ArgumentHelp("Config folder (station.toml, warehouse.toml, demo/).", valueName: "DIR"))
    var config: String?
}
