import ArgumentParser
import Foundation
import ToteCore
import ToteStore
import ToteTUI

/// `tote supervise`: the supervisor dashboard, full screen, live on every station's commits.
struct SuperviseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supervise", abstract: "Open the supervisor dashboard (throughput, cutoff risk, exceptions).")

    @OptionGroup var options: CommonOptions
    @OptionGroup var lang: LanguageOption

    @Option(help: "Hours of history the dashboard covers, ending now.")
    var shiftHours: Double = 8

    @Option(name: .customLong("as"), help: ArgumentHelp(
        "Act as this badge (its PIN is asked for if it has one). The store checks its role on every action: release "
            + "and reassign need a lead, cancel and void a supervisor. Without it, actions work only on an open floor "
            + "(a store with no users).", valueName: "BADGE"))
    var actor: String?

    @Option(help: "Who is supervising on an open floor (written to the audit of every action); --as replaces it.")
    var supervisor: String = ProcessInfo.processInfo.environment["USER"] ?? "supervisor"

    @Option(help: "Minutes of silence after which a station's claim is shown as stale.")
    var staleMinutes: Int = 10

    func run() throws {
        guard shiftHours > 0, shiftHours <= 24 * 31 else { throw ValidationError("--shift-hours: 0 < hours ≤ 744") }
        let env = try Environment(options: options, language: lang.language)
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw ToteError("The dashboard needs a terminal; run it in a terminal (or tmux), not through a pipe.")
        }
        let standards = try SupervisorSetup.standards(configDirectory: env.configDirectory)
        let clock = SystemClock()
        let store = try env.openStore()
        let supervisor = try actor.map { try ActingUser.verify($0, in: store) } ?? supervisor
        let offset = TimeZone.current.secondsFromGMT()
        let runner = SupervisorRunner(source: try SupervisorStoreSource(store: store),
                                      calculator: DashboardCalculator(standards: standards, utcOffsetSeconds: offset),
                                      supervisor: supervisor, staleAfterMillis: Int64(staleMinutes) * 60_000,
                                      labels: try labels(env: env, store: store))
        let state = SupervisorState(nowMillis: clock.nowMillis(), supervisor: supervisor, storePath: env.store.description,
                                    shiftHours: shiftHours)

        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let terminal = CursesTerminal(color: env.station.color && !noColor)
        TerminalGuard.install(terminal)
        defer { TerminalGuard.restore() }
        let app = SupervisorApp(state: state, runner: runner, view: SupervisorView(strings: Strings(language: env.languages.language),
                                                                                  utcOffsetSeconds: offset))
        TerminalLoop(app: app, terminal: terminal, clock: clock).run()
        if StopSignal.requested != 0 {
            TerminalGuard.restore()
            Foundation.exit(128 + StopSignal.requested)
        }
    }

    /// REPRINT and VOID when station.toml names a label printer; nil otherwise (the keys then
    /// say how to set one up).
    private func labels(env: Environment, store: FloorStore) throws -> LabelDesk? {
        guard env.station.labelPrinter != nil else { return nil }
        let setup = try PrintingSetup(environment: env, store: store)
        return SupervisorLabels(packOut: try setup.packOut(), store: store, catalog: try store.loadCatalog())
    }
}

/// What the supervisor commands share: the labour standards file.
enum SupervisorSetup {
    /// `standards.toml` in the config folder, else the defaults.
    static func standards(configDirectory: String) throws -> LabourStandards {
        let file = configDirectory + "/standards.toml"
        guard let text = try Environment.readIfPresent(file) else { return LabourStandards() }
        return try LabourStandards.parse(text, file: file)
    }
}
