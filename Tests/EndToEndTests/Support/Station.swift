import Foundation
import LabelCheckerSupport
import ToteCore
import ToteStore

/// One station under test: a private folder with its store (and spool), and the real
/// `tote` running in tmux on it. Each test makes its own, so tests can run side by side.
///
/// tote runs through a wrapper script that records its pid, prints `EXIT=<code>` and the tty
/// mode once it ends, then opens a shell: the pane shows what a packer's terminal would.
final class Station: @unchecked Sendable {
    static let stationID = "PACK-01"
    /// This station's id: `stationID` unless made with `init(sharing:id:)`.
    let id: String

    let folder: URL
    let storePath: String
    let tote: String
    private(set) var session: TmuxSession?
    private var launches = 0
    private var pidFile = ""

    /// A second station on `other`'s store, under its own id, in its own folder.
    init(sharing other: Station, id: String) throws {
        self.id = id
        let base = URL(fileURLWithPath: NSTemporaryDirectory().isEmpty ? "/tmp" : NSTemporaryDirectory())
        folder = base.appendingPathComponent("tote-e2e-" + UUID().uuidString.prefix(8).lowercased(), isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        storePath = other.storePath
        tote = other.tote
    }

    init() throws {
        id = Self.stationID
        // Short paths: a unix socket path must stay under ~100 bytes.
        let base = URL(fileURLWithPath: NSTemporaryDirectory().isEmpty ? "/tmp" : NSTemporaryDirectory())
        folder = base.appendingPathComponent("tote-e2e-" + UUID().uuidString.prefix(8).lowercased(), isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        storePath = folder.appendingPathComponent("tote.sqlite").path
        tote = try ToteBinary.locate()
        _ = try TmuxSession.locateTmux()
    }

    /// Starts tote on the store in a new tmux session (the old one, if any, is killed).
    @discardableResult
    /// `environment` is set for tote only (an empty value unsets the variable, e.g. the
    /// session's `LC_ALL`); `arguments` go after the usual ones (e.g. `--lang ro`).
    func launch(width: Int = 80, height: Int = 24, config: String = ToteBinary.configDirectory,
                environment: [String: String] = [:], arguments: [String] = []) async throws -> TmuxSession {
        session?.kill()
        launches += 1
        pidFile = folder.appendingPathComponent("tote-\(launches).pid").path
        let script = folder.appendingPathComponent("run-\(launches).sh")
        // `env` takes its -u options before any NAME=value.
        let sorted = environment.sorted { $0.key < $1.key }
        let env = environment.isEmpty ? [] : ["env"] + sorted.filter { $0.value.isEmpty }.flatMap { ["-u", $0.key] }
            + sorted.filter { !$0.value.isEmpty }.map { $0.key + "=" + $0.value }
        let toteCommand = (env + [tote, "--store", storePath, "--config", config, "--station", id] + arguments)
            .map(Self.quote)
        let text = """
            #!/bin/sh
            sh -c 'echo $$ > "$0"; exec "$@"' \(Self.quote(pidFile)) \(toteCommand.joined(separator: " "))
            code=$?
            printf '\\r\\nEXIT=%s\\033[K\\r\\n' "$code"
            if stty -a | grep -qwE -- '-icanon|-echo'; then printf 'TTY=raw\\033[K\\r\\n'; else printf 'TTY=sane\\033[K\\r\\n'; fi
            PS1='shell$ ' exec sh -i

            """
        try text.write(to: script, atomically: true, encoding: .utf8)
        let s = try await TmuxSession.start("sh " + Self.quote(script.path), in: folder, name: "s\(launches)",
                                            width: width, height: height)
        session = s
        return s
    }

    /// The current session; fails if `launch()` was not called.
    var screen: TmuxSession {
        get throws {
            guard let session else { throw EndToEndError("Station not launched") }
            return session
        }
    }

    /// The pid of the running tote (the wrapper writes it before `exec`).
    func totePID() async throws -> pid_t {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
               let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return pid
            }
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        throw EndToEndError("tote never wrote its pid to \(pidFile)")
    }

    /// True while process `pid` exists and is not a zombie.
    static func isAlive(_ pid: pid_t) -> Bool {
        guard Foundation.kill(pid, 0) == 0 else { return false }
        if let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
           let close = stat.lastIndex(of: ")") {
            let state = stat[stat.index(close, offsetBy: 2)...].prefix(1)
            return state != "Z"
        }
        return true
    }

    /// A fresh connection to the station's store, as another process would open it.
    func openStore() throws -> FloorStore {
        try FloorStore(path: storePath)
    }

    /// Stops tmux (tote gets SIGHUP), waits up to 3 s for tote to be gone so it writes nothing
    /// more, then removes the folder.
    func kill() {
        let pid = (try? String(contentsOfFile: pidFile, encoding: .utf8))
            .flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        session?.kill()
        session = nil
        if let pid {
            let deadline = Date().addingTimeInterval(3)
            while Self.isAlive(pid) && Date() < deadline { usleep(20_000) }
        }
        try? FileManager.default.removeItem(at: folder)
    }

    static func quote(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    // MARK: - Packer moves

    /// Waits for the station's first screen (the demo loaded into the empty store).
    func waitForDemo() async throws {
        try await screen.waitFor("Demo warehouse loaded")
    }

    /// Scans NEXT and returns the order the store says this station now holds, once its pick
    /// screen shows.
    func claimNext() async throws -> String {
        try await screen.sendScan("NEXT")
        try await screen.waitFor("Claimed #")
        guard let progress = try openStore().activeOrder(station: id) else {
            throw EndToEndError("After NEXT the store shows no order held by \(id)")
        }
        let number = progress.order.number
        try await screen.waitFor("Pick \(number)")
        return number
    }

    /// What picking order `number` takes: per order line, its bin, a barcode and the quantity.
    func plan(_ number: String) throws -> [PlanLine] {
        let store = try openStore()
        guard let progress = try store.order(number: number) else {
            throw EndToEndError("Order \(number) is not in the store")
        }
        let catalog = try store.loadCatalog()
        // Gift cards and other lines that need no shipping are never picked or packed.
        return try progress.order.shippableLines.map { line in
            guard let sku = catalog.sku(code: line.sku), let barcode = sku.barcodes.first else {
                throw EndToEndError("SKU \(line.sku) of \(number) has no catalogue entry or barcode")
            }
            return PlanLine(line: line.lineNumber, sku: line.sku, bin: sku.bin.code, barcode: barcode,
                            quantity: line.quantity)
        }
    }

    /// Scans the bin label, then the item `units` times, waiting after each item until the
    /// title's progress shows it was counted (so the store has committed it).
    func pick(_ line: PlanLine, units: Int, progressBefore: Int, total: Int) async throws {
        let s = try screen
        try await s.sendScan(line.bin)
        try await s.waitUntil("bin \(line.bin) confirmed") { $0.statusLine.contains("Bin \(line.bin) confirmed") }
        guard units > 0 else { return }
        for unit in 1...units {
            try await s.sendScan(line.barcode)
            let want = progressBefore + unit
            // The last pick switches to the pack screen, whose progress starts at 0.
            if want == total {
                try await s.waitFor("Pack #")
            } else {
                try await s.waitUntil("pick progress \(want)/\(total)") { $0.progress?.have == want }
            }
        }
    }

    /// Scans every line's barcode `quantity` times on the pack screen, waiting for each count.
    func packAll(_ plan: [PlanLine], alreadyPacked: Int = 0, total: Int? = nil) async throws {
        let s = try screen
        let total = total ?? plan.reduce(0) { $0 + $1.quantity }
        var have = alreadyPacked
        for line in plan {
            for _ in 0..<line.quantity {
                try await s.sendScan(line.barcode)
                have += 1
                let want = have
                try await s.waitUntil("pack progress \(want)/\(total)") {
                    $0.title.contains("Pack ") && $0.progress?.have == want
                }
            }
        }
    }

    /// Picks every line of the held order `number` and scans each unit into the box: all but
    /// the checklist's extras (see `done`).
    @discardableResult
    func pickAndPackLines(_ number: String) async throws -> [PlanLine] {
        let plan = try plan(number)
        let total = plan.reduce(0) { $0 + $1.quantity }
        var picked = 0
        for line in plan {
            try await pick(line, units: line.quantity, progressBefore: picked, total: total)
            picked += line.quantity
        }
        try await packAll(plan)
        return plan
    }

    /// Finishes the box after its lines are packed: scans what the checklist asks beyond the
    /// lines (inserts, CONFIRM for confirm-only items and the gift card, the suggested carton,
    /// the scale reading) and waits for the station to say the order is packed. The box closes
    /// and prints by itself; no DONE is needed. `packed` is that message in the station's
    /// language when it is not English (e.g. "#1003 ambalată").
    func done(_ number: String, packed: String? = nil) async throws {
        for scan in try checklistScans(number) { try await screen.sendScan(scan) }
        try await screen.waitFor(packed ?? "\(number) packed")
    }

    /// What the checklist of order `number` needs beyond its lines, as scans, in order: built
    /// from the same config files the station reads.
    func checklistScans(_ number: String, config: String = ToteBinary.configDirectory) throws -> [String] {
        let (plan, cartons) = try packPlan(number, config: config)
        let session = PackSession(plan: plan, cartons: cartons)
        var scans: [String] = []
        for (i, item) in plan.items.enumerated() {
            if case .line = item.kind { continue }
            switch session.nextAction(for: i) {
            case .carton: scans.append(item.barcode ?? "")
            case .scan: scans += Array(repeating: item.barcode ?? "", count: item.quantity)
            case .confirm: scans.append("CONFIRM")
            }
        }
        scans.append("W\(session.expectedGrams)")
        return scans
    }

    /// The pack checklist of order `number` as the station builds it from `config`.
    func packPlan(_ number: String, config: String = ToteBinary.configDirectory) throws -> (PackPlan, CartonConfig) {
        let store = try openStore()
        guard let progress = try store.order(number: number) else { throw EndToEndError("Order \(number) is not in the store") }
        let rulesFile = config + "/pack-rules.toml", cartonsFile = config + "/cartons.toml"
        let rules = try RuleSet.parse(String(contentsOfFile: rulesFile, encoding: .utf8), file: rulesFile)
        let cartons = try CartonConfig.parse(String(contentsOfFile: cartonsFile, encoding: .utf8), file: cartonsFile)
        let now = LocalTime(seconds: Int64(Date().timeIntervalSince1970), utcOffsetSeconds: TimeZone.current.secondsFromGMT())
        return (PackPlan(order: progress.order, catalog: try store.loadCatalog(), rules: rules, cartons: cartons, now: now),
                cartons)
    }
}

/// One order line as a picker works it.
struct PlanLine: Sendable, Equatable {
    let line: Int
    let sku: String
    let bin: String
    let barcode: String
    let quantity: Int
}

extension Station {
    /// After tote ended: waits for the wrapper's report and returns tote's exit code, the tty
    /// mode it left (`sane` or `raw`) and the pane.
    func waitForExit(timeout: Double = 15) async throws -> (code: Int, tty: String, screen: Screen) {
        let s = try screen
        // Found anywhere on a row: a terminal left without output processing staircases lines.
        let shown = try await s.waitUntil("tote to exit (EXIT= and TTY= lines)", timeout: timeout) {
            Self.value(after: "TTY=", in: $0) != nil
        }
        guard let code = Self.value(after: "EXIT=", in: shown).map({ String($0.prefix { $0.isNumber }) }).flatMap({ Int($0) }),
              let tty = Self.value(after: "TTY=", in: shown) else {
            throw EndToEndError("No EXIT= line after tote ended. Screen:\n\(shown.framed)")
        }
        return (code, tty, shown)
    }

    /// The word following `key` on the screen (letters and digits), if any.
    static func value(after key: String, in screen: Screen) -> String? {
        for row in screen.rows {
            guard let range = row.range(of: key) else { continue }
            let word = row[range.upperBound...].prefix { $0.isLetter || $0.isNumber }
            if !word.isEmpty { return String(word) }
        }
        return nil
    }

    /// Types a command into the shell that follows tote and waits for its output: proof the
    /// terminal takes keys, echoes and runs lines again.
    func expectShellAnswers() async throws {
        let s = try screen
        try await s.sendScan("echo ALIVE-$((6*7))")
        try await s.waitUntil("the shell to answer ALIVE-42") { screen in
            screen.rows.contains { $0.trimmingCharacters(in: .whitespaces) == "ALIVE-42" }
        }
    }

    /// Runs the independent checker on a label a printer received: it must decode to `tracking`.
    /// Skipped where the checker is not installed (CI requires it, see LabelCheckerTests).
    func expectLabelDecodes(_ received: [UInt8], to tracking: String, name: String) throws -> (ok: Bool, output: String) {
        guard LabelChecker.isAvailable else { return (true, "") }
        let file = folder.appendingPathComponent(name + ".zpl")
        try Data(received).write(to: file)
        let (status, output) = try LabelChecker.run([file.path, "--expect-barcode", tracking])
        return (status == 0, output)
    }
}
