import ArgumentParser
import Foundation
import ToteCore
import ToteStore
import ToteTUI

/// `tote drive`: the station without a screen, for torture tests and scripts. Hidden from help.
///
/// It builds the station exactly as `tote station` does (`StationSetup`) and feeds each line
/// of standard input to the same `StationApp` a scanner burst reaches: every character as a
/// key, then Enter. `StationApp.handle` runs the reducer and every effect to completion, so
/// when it returns the store has committed whatever the scan changed; only then is the
/// acknowledgement printed (and flushed). A driver that kills the process therefore knows each
/// acknowledged scan is in the store.
///
/// Output, one line each: `ready {state}` once the first screen is loaded, then
/// `ack {state}` per input line. `{state}` is a JSON object (see `DriveReport`).
///
/// Before each line the station gets one idle tick, as the terminal loop gives it between
/// keys (the print queue, the offline journal's replay). A line holding only ENQ (0x05) is a
/// tick and nothing else: a driver waiting for an offline station to catch up sends those.
struct DriveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drive",
        abstract: "Run the station headless: scans on stdin, one acknowledgement per committed scan on stdout.",
        shouldDisplay: false
    )

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "Station id (overrides station.toml).")
    var station: String?

    @Option(name: .long, help: ArgumentHelp("Free other stations' claims silent for this long.", valueName: "MINUTES"))
    var staleClaimMinutes: Int = 15

    func run() throws {
        let env = try Environment(options: options)
        let clock = SystemClock()
        let setup = try StationSetup(env: env, station: station, staleClaimMinutes: staleClaimMinutes, clock: clock)
        let app = StationApp(state: setup.state, context: setup.context, runner: setup.runner)
        var quit = app.handle(.resized(width: AppState.minWidth, height: AppState.minHeight),
                              atMillis: clock.nowMillis()).contains(.quit)
        quit = app.start(atMillis: clock.nowMillis()).contains(.quit) || quit
        Self.emit("ready", DriveReport(app.state, sequence: 0, scan: nil, weigh: setup.context.weighParcels))
        var sequence = 0
        while !quit, let line = readLine(strippingNewline: true) {
            sequence += 1
            let scan = line.hasSuffix("\r") ? String(line.dropLast()) : line
            var requests = app.handle(nil, atMillis: clock.nowMillis())
            guard scan != Self.tick else {
                Self.emit("ack", DriveReport(app.state, sequence: sequence, scan: nil, weigh: setup.context.weighParcels))
                quit = requests.contains(.quit)
                continue
            }
            for character in scan {
                requests += app.handle(.key(.char(character)), atMillis: clock.nowMillis())
            }
            requests += app.handle(.key(.enter), atMillis: clock.nowMillis())
            Self.emit("ack", DriveReport(app.state, sequence: sequence, scan: scan, weigh: setup.context.weighParcels))
            quit = requests.contains(.quit)
        }
    }

    /// An input line that only ticks the station.
    static let tick = "\u{05}"

    /// Writes one line and flushes it at once: the driver reads acknowledgements as they come.
    private static func emit(_ tag: String, _ report: DriveReport) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(report)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        FileHandle.standardOutput.write(Data((tag + " " + json + "\n").utf8))
    }
}

/// What `tote drive` reports after each scan: the station's state once the scan's effects ran.
struct DriveReport: Encodable {
    /// Input lines read so far (0 for `ready`).
    let seq: Int
    let scan: String?
    let screen: String
    /// The order this station holds, if any.
    let order: String?
    /// Units picked and packed on the held order, per order line number.
    let picked: [String: Int]
    let packed: [String: Int]
    let status: String?
    let severity: String?
    /// On the pick screen: the bin whose label was scanned last, and the step to pick next.
    let confirmedBin: String?
    let nextBin: String?
    let nextSKU: String?
    /// On the pack screen, what checks off the next open item: `sku:CODE` (scan that item),
    /// an insert's or carton's barcode, `CONFIRM`, or `W<grams>` (the expected weight) once
    /// only the scale is left; nil when nothing is left.
    let packNext: String?
    /// False while the station works offline; `waiting` scans and steps are in its journal.
    let online: Bool
    let waiting: Int

    init(_ state: AppState, sequence: Int, scan: String?, weigh: Bool) {
        seq = sequence
        self.scan = scan
        screen = String(describing: state.screen)
        order = state.work?.order.number
        picked = Dictionary(uniqueKeysWithValues: (state.work?.pick.pickedByLine ?? [:]).map { (String($0.key), $0.value) })
        var packed: [String: Int] = [:]
        if let pack = state.work?.pack {
            for (line, units) in pack.packedByLine { packed[String(line), default: 0] += units }
        }
        self.packed = packed
        let pick = state.screen == .pick ? state.work?.pick : nil
        confirmedBin = pick?.confirmedBin?.code
        let next = pick?.currentStep.flatMap { pick?.steps[$0] }
        nextBin = next?.bin.code
        nextSKU = next?.sku
        packNext = state.screen == .pack ? state.work.flatMap { Self.packNext($0, weigh: weigh) } : nil
        online = state.link.online
        waiting = state.link.waiting
        status = state.status?.text
        severity = state.status.map { String(describing: $0.severity) }
    }

    private static func packNext(_ work: WorkState, weigh: Bool) -> String? {
        guard let i = work.pack.open.first else {
            return weigh && work.weighedGrams == nil && !work.finishing ? "W\(work.pack.expectedGrams)" : nil
        }
        let item = work.pack.plan.items[i]
        switch work.pack.nextAction(for: i) {
        case .confirm: return "CONFIRM"
        case .carton: return item.barcode
        case .scan:
            if case .line(_, let sku) = item.kind { return "sku:" + sku }
            return item.barcode
        }
    }
}
