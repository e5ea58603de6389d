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

    func run() throws {
        let env = try Environment(options: options, language: lang.language)
        let strings = Strings(language: env.languages.language)
        var stationConfig = env.station
        if let station {
            guard StationConfig.isValidID(station) else {
                throw ValidationError("--station '\(station)': use 1–16 letters, digits, '-' or '_'.")
            }
            stationConfig.id = station
        }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw ToteError("The station needs a terminal; run it in a terminal (or tmux), not through a pipe.")
        }
        let clock = SystemClock()
        let store = try SQLiteOrderStore(path: env.storePath)
        var notice: String?
        if try store.isEmpty() {
            let loader = DemoLoader(configDirectory: env.configDirectory, clock: clock)
            let summary = try loader.load(into: store)
            _ = try loader.seedUsers(into: store)
            notice = strings.text(.demoLoaded, ["skus": String(summary.skus), "orders": String(summary.orders)])
        }
        let released = try store.releaseStaleClaims(olderThan: Int64(max(1, staleClaimMinutes)) * 60_000,
                                                    now: clock.nowMillis(), sparing: stationConfig.id)
        if notice == nil, !released.isEmpty {
            notice = strings.text(.staleClaimsReleased, ["count": String(released.count)])
        }
        let catalog = try store.loadCatalog()
        let spool = try FileLabelSpool(directory: env.spoolDirectory(for: stationConfig))
        var context = AppContext(catalog: catalog, layout: env.layout, scanGrammar: stationConfig.scanGrammar,
                                 strings: strings, hotkeyWindowMillis: Int64(stationConfig.hotkeyWindowMilliseconds),
                                 utcOffsetSeconds: TimeZone.current.secondsFromGMT(),
                                 tabEndsScan: stationConfig.terminator == .tab,
                                 shortPickMode: stationConfig.shortPickMode)
        context.rules = try RulesCommand.loadRules(env)
        context.cartons = try RulesCommand.loadCartons(env)
        context.weighParcels = stationConfig.weighParcels
        context.carriers = try PrintingSetup(environment: env, store: store).carriers
        var runner = EffectRunner(store: store, spool: spool, clock: clock, station: stationConfig.id,
                                  makeLabel: LabelMaker(shipFrom: env.shipFrom, catalog: catalog, clock: clock).zpl(for:),
                                  printing: try printing(env: env, store: store, catalog: catalog))
        runner.users = store
        var state = AppState(nowMillis: clock.nowMillis(), station: stationConfig.id, packer: stationConfig.packer,
                             storePath: env.storePath)
        state.languageChoice = env.languages
        // With users set up, rights are checked from the start; station.toml's packer name
        // stands until someone scans a badge, but has no rights beyond an unsigned packer's.
        state.usersRequired = try store.userCount() > 0
        if let notice { state.status = StatusMessage(notice, .ok) }

        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let terminal = CursesTerminal(color: stationConfig.color && !noColor)
        TerminalGuard.install(terminal)
        defer { TerminalGuard.restore() }
        let app = StationApp(state: state, context: context, runner: runner)
        TerminalLoop(app: app, terminal: terminal, clock: clock).run()
        // Stopped by a signal: restore the terminal, then exit as the signal's default action
        // would report it (128 + n), so a service manager can tell it from a normal quit.
        if StopSignal.requested != 0 {
            TerminalGuard.restore()
            Foundation.exit(128 + StopSignal.requested)
        }
    }

    /// The printers when station.toml names a label printer; nil keeps writing label files to
    /// the spool folder.
    private func printing(env: Environment, store: SQLiteOrderStore, catalog: Catalog) throws -> ShipmentPrinting? {
        guard let label = env.station.labelPrinter else { return nil }
        let setup = try PrintingSetup(environment: env, store: store)
        _ = try setup.printer(label)
        return StationPrinting(packOut: try setup.packOut(), worker: setup.worker(), catalog: catalog, labelPrinter: label)
    }
}
