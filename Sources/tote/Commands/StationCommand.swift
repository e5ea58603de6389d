import ArgumentParser
import Foundation
import ToteCore
import ToteStore
import ToteTUI

/// The station: full screen, until F10 or a signal.
struct StationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "station", abstract: "Open the pick-and-pack station (the default).")

    @OptionGroup var options: CommonOptions
    @OptionGroup var lang: LanguageOption

    @Option(name: .long, help: "Station id (overrides station.toml).")
    var station: String?

    @Option(name: .long, help: ArgumentHelp("Free other stations' claims silent for this long (a station that died).",
                                            valueName: "MINUTES"))
    var staleClaimMinutes: Int = 15

    func validate() throws {
        if let station, !StationConfig.isValidID(station) {
            throw ValidationError("--station '\(station)': use 1–16 letters, digits, '-' or '_'.")
        }
    }

    func run() throws {
        let env = try Environment(options: options, language: lang.language)
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw ToteError("The station needs a terminal; run it in a terminal (or tmux), not through a pipe.")
        }
        let clock = SystemClock()
        let setup = try StationSetup(env: env, station: station, staleClaimMinutes: staleClaimMinutes, clock: clock)

        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let terminal = CursesTerminal(color: setup.stationConfig.color && !noColor)
        TerminalGuard.install(terminal)
        defer { TerminalGuard.restore() }
        let app = StationApp(state: setup.state, context: setup.context, runner: setup.runner)
        TerminalLoop(app: app, terminal: terminal, clock: clock).run()
        // Stopped by a signal: restore the terminal, then exit as the signal's default action
        // would report it (128 + n), so a service manager can tell it from a normal quit.
        if StopSignal.requested != 0 {
            TerminalGuard.restore()
            Foundation.exit(128 + StopSignal.requested)
        }
    }
}
