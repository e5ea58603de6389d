import ArgumentParser

/// `tote bench …`: speed and memory figures, printed, for release builds
/// (`swift run -c release tote bench NAME`). Tests never assert times; these do the measuring.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Print performance figures (run in release mode: swift run -c release tote bench …).",
        subcommands: benchmarks
    )

    /// Each benchmark is its own command in Commands/Bench/.
    static let benchmarks: [ParsableCommand.Type] = [RouteBench.self, ScanBench.self, ImportBench.self, QueueBench.self, RulesBench.self, DashboardBench.self, LabelBench.self, StoreBench.self]
}
