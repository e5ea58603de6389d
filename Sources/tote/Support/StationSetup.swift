import ArgumentParser
import Foundation
import ToteCore
import ToteStore
import ToteTUI

/// Everything a station needs before its first screen: the store opened (the demo loaded into
/// an empty one, dead stations' claims freed), the catalogue, the effect runner and the first
/// state. The full-screen station and the headless `tote drive` share it, so both run the very
/// same reducer and effect runner over the same store.
struct StationSetup {
    let store: FloorStore
    let stationConfig: StationConfig
    let context: AppContext
    let runner: EffectRunner
    let state: AppState

    init(env: Environment, station: String?, staleClaimMinutes: Int, clock: Clock) throws {
        var stationConfig = env.station
        if let station {
            guard StationConfig.isValidID(station) else {
                throw ValidationError("--station '\(station)': use 1–16 letters, digits, '-' or '_'.")
            }
            stationConfig.id = station
        }
        do {
            try self.init(env: env, stationConfig: stationConfig, staleClaimMinutes: staleClaimMinutes, clock: clock)
        } catch {
            // A damaged file or a full disk found while loading the first screen: one plain sentence.
            throw StoreOpenError.explaining(error, path: env.store.description)
        }
    }

    private init(env: Environment, stationConfig: StationConfig, staleClaimMinutes: Int, clock: Clock) throws {
        let strings = Strings(language: env.languages.language)
        let store = try env.openStore(offlineStart: true)
        var notice: String?
        let catalog: Catalog
        let usersRequired: Bool
        let cachePath = env.stationCachePath(station: stationConfig.id)
        if store.isWaitingForServer {
            // Started during a network drop: the catalogue from the last start, the journal for
            // the order in hand; nothing new is claimed until the server answers.
            guard let cache = try StationCache.load(from: cachePath) else {
                throw ToteError("The store's server (\(env.store)) does not answer, and this station has not yet started "
                                + "with it, so it has no catalogue to work offline with. Start it once the server answers.")
            }
            catalog = try Catalog(cache.skus)
            usersRequired = cache.usersRequired
        } else {
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
            catalog = try store.loadCatalog()
            usersRequired = try store.userCount() > 0
            if !env.store.isFile {
                // Best effort: without it the station still works, it only cannot start offline.
                try? StationCache(skus: catalog.skus, usersRequired: usersRequired).save(to: cachePath)
            }
        }
        let spool = try FileLabelSpool(directory: env.spoolDirectory(for: stationConfig))
        var context = AppContext(catalog: catalog, layout: env.layout, scanGrammar: stationConfig.scanGrammar,
                                 strings: strings, hotkeyWindowMillis: Int64(stationConfig.hotkeyWindowMilliseconds),
                                 utcOffsetSeconds: TimeZone.current.secondsFromGMT(),
                                 tabEndsScan: stationConfig.terminator == .tab,
                                 shortPickMode: stationConfig.shortPickMode)
        context.rules = try RulesCommand.loadRules(env)
        context.cartons = try RulesCommand.loadCartons(env)
        context.weighParcels = stationConfig.weighParcels
        context.cartTotes = stationConfig.cartTotes
        context.carriers = try PrintingSetup(environment: env, store: store).carriers
        self.context = context
        // Carts and short picks go through the same store as scans (on PostgreSQL the journaled
        // one, which refuses them plainly while offline).
        var runner = EffectRunner(store: try Self.stationStore(store, env: env, station: stationConfig.id),
                                  spool: spool, clock: clock, station: stationConfig.id,
                                  makeLabel: LabelMaker(shipFrom: env.shipFrom, clock: clock).zpl(for:),
                                  printing: try Self.printing(env: env, store: store, catalog: catalog))
        runner.users = store
        self.runner = runner
        var state = AppState(nowMillis: clock.nowMillis(), station: stationConfig.id, packer: stationConfig.packer,
                             storePath: env.store.description)
        state.languageChoice = env.languages
        // With users set up, rights are checked from the start; station.toml's packer name
        // stands until someone scans a badge, but has no rights beyond an unsigned packer's.
        state.usersRequired = usersRequired
        if let notice { state.status = StatusMessage(notice, .ok) }
        self.state = state
        self.store = store
        self.stationConfig = stationConfig
    }

    /// The store the station's screens work through. A shared PostgreSQL server may drop, so
    /// there the station keeps an offline journal on this host and works on through the drop;
    /// a SQLite file on this host does not drop.
    private static func stationStore(_ store: FloorStore, env: Environment, station: String) throws -> OrderStore {
        guard !env.store.isFile else { return store }
        return try JournaledStore(inner: store, station: station, journalPath: env.journalPath(station: station),
                                  ping: { [store] in try store.ping() })
    }

    /// The printers when station.toml names a label printer; nil keeps writing label files to
    /// the spool folder.
    private static func printing(env: Environment, store: FloorStore, catalog: Catalog) throws -> ShipmentPrinting? {
        guard let label = env.station.labelPrinter else { return nil }
        let setup = try PrintingSetup(environment: env, store: store)
        _ = try setup.printer(label)
        return StationPrinting(packOut: try setup.packOut(), worker: setup.worker(), catalog: catalog, labelPrinter: label)
    }
}
