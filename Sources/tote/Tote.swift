import ArgumentParser

/// `tote`: the pick-and-pack station and its admin commands. Subcommands only wire pieces.
@main
struct Tote: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "tote",
        abstract: "A terminal pick-and-pack station for warehouses.",
        discussion: """
            Run without a subcommand to open the station. With an empty store the bundled demo \
            warehouse is loaded first.
            """,
        version: version,
        subcommands: [StationCommand.self, VersionCommand.self, UsersCommand.self, AuditCommand.self, DemoCommand.self, BenchCommand.self, ImportCommand.self, OrdersCommand.self, RouteCommand.self, ScanCommand.self, PrintCommand.self, RulesCommand.self, SuperviseCommand.self, ReportCommand.self, ServeCommand.self, LabelCommand.self, RecountsCommand.self, I18nCommand.self, BackupCommand.self, RestoreCommand.self, MigrateCommand.self, DriveCommand.self],
        defaultSubcommand: StationCommand.self
    )
}
