import Foundation
import GRDB
import Testing
import ToteCore
import ToteStore
import ToteTUI

/// The real runtime loop, reducer, effect runner and SQLite store together; only the terminal
/// is scripted. Proves a scan is committed before it shows, and that a restart resumes.
@Suite("Station flow")
struct StationFlowTests {
    let dir: URL
    let store: FloorStore
    let clock = FixedClock(millis: 1_795_770_000_000)

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("tote-flow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        store = try FloorStore(path: dir.appendingPathComponent("tote.sqlite").path)
        try store.replaceAll(catalog: Self.skus, orders: [Self.order])
    }

    static let skus = [
        SKU(code: "MUG", name: "Mug", barcodes: ["4006381333931"], weightGrams: 350, bin: BinLocation(code: "A02-A-03-1")!),
        SKU(code: "TEE", name: "Tee", barcodes: ["036000291452"], weightGrams: 180, bin: BinLocation(code: "A01-B-05-2")!),
    ]
    static let order = Order(number: "#1003", channel: "web", priority: 0, service: .express, carrier: "UPS",
                             shipBy: 1_795_795_200, createdAt: 1_795_762_800,
                             shipTo: ShipTo(name: "Ștefan Țurcanu", address1: "Str. Lungă 5", city: "București",
                                            postalCode: "010011", country: "RO"),
                             lines: [OrderLine(lineNumber: 1, sku: "MUG", name: "Mug", quantity: 2),
                                     OrderLine(lineNumber: 2, sku: "TEE", name: "Tee", quantity: 1)])

    struct DirSpool: LabelSpool {
        let dir: URL
        func spool(zpl: String, name: String) throws -> String {
            let url = dir.appendingPathComponent(name)
            try Data(zpl.utf8).write(to: url, options: .atomic)
            return url.path
        }
    }

    private func run(_ batches: [[TerminalInput]], beforeRead: ((Int) -> Void)? = nil) throws -> ScriptedTerminal {
        let terminal = ScriptedTerminal(batches, clock: clock)
        terminal.beforeRead = beforeRead
        let context = AppContext(catalog: try store.loadCatalog(), layout: WarehouseLayout(name: "T", aisleCount: 4,
                                                                                           baysPerSide: 6, levels: 2))
        let runner = EffectRunner(store: store, spool: DirSpool(dir: dir), clock: clock, station: "PACK-01",
                                  makeLabel: { "^XA^FD\($0.order.number)^FS^XZ" })
        let state = AppState(nowMillis: clock.nowMillis(), station: "PACK-01", packer: "Ana", storePath: "store")
        let app = StationApp(state: state, context: context, runner: runner)
        TerminalLoop(app: app, terminal: terminal, clock: clock).run()
        return terminal
    }

    @Test func aWholeOrderByScansOnly() throws {
        let t = try run(ScriptedTerminal.scans(["NEXT", "A01-B-05-2", "036000291452", "A02-A-03-1", "4006381333931",
                                                "4006381333931", "4006381333931", "036000291452", "4006381333931"]))
        #expect(try store.status(of: "#1003") == .packed)
        let path = try #require(try store.labelPath(of: "#1003"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "^XA^FD#1003^FS^XZ")
        #expect(t.screen.contains("#1003 packed"))
        #expect(try store.scans(order: "#1003").filter { $0.outcome == "accepted" }.count == 8, "no DONE: the last unit closes the box")
    }

    @Test func aCancellationReachesAPackerWhoIsNotScanning() throws {
        // The shop cancels #1003 a moment after the station claimed it; nobody scans after that.
        let path = dir.appendingPathComponent("tote.sqlite").path
        let idle = [[TerminalInput]](repeating: [], count: 40)
        let t = try run(ScriptedTerminal.scans(["NEXT"]) + idle) { reads in
            guard reads == 3 else { return }
            try? DatabaseQueue(path: path).write { db in
                try db.execute(sql: "UPDATE orders SET cancel_requested_at = 1 WHERE number = '#1003'")
            }
        }
        #expect(t.frames.contains { $0.text.contains("#1003 was CANCELLED in the shop") })
        #expect(try store.status(of: "#1003") == .cancelled)
        #expect(t.beeps >= 1)
    }

    @Test func claimTimesAreStoredInMilliseconds() throws {
        _ = try run(ScriptedTerminal.scans(["NEXT"]))
        let listing = try #require(try store.listOrders(statuses: [.picking]).first)
        #expect(listing.claimedAt == clock.nowMillis() || listing.claimedAt! > 1_700_000_000_000,
                "claimed_at must be milliseconds since 1970, got \(listing.claimedAt ?? 0)")
    }

    @Test func wrongScansChangeNoCountAndAreLogged() throws {
        let t = try run(ScriptedTerminal.scans(["NEXT", "A01-B-05-2", "4006381333931", "4006381333932", "036000291452",
                                                "036000291452"]))
        let progress = try #require(try store.order(number: "#1003"))
        #expect(progress.pickedByLine == [1: 0, 2: 1])
        #expect(t.beeps == 3)
        let outcomes = try store.scans(order: "#1003").map(\.outcome)
        #expect(outcomes == ["accepted", "wrong_bin_for_item", "bad_check_digit", "accepted", "over_pick"])
    }

    @Test func aRestartResumesWhereTheOrderWas() throws {
        _ = try run(ScriptedTerminal.scans(["NEXT", "A02-A-03-1", "4006381333931"]))
        let t = try run([])
        #expect(t.screen.contains("Resumed #1003"))
        #expect(t.screen.contains("1/3"))
        let again = try run(ScriptedTerminal.scans(["A02-A-03-1", "4006381333931", "A01-B-05-2", "036000291452",
                                                    "4006381333931", "4006381333931", "036000291452"]))
        #expect(again.screen.contains("packed"))
        #expect(try store.status(of: "#1003") == .packed)
    }

    @Test func theTerminalIsNeverLeftBehindOnQuit() throws {
        let t = try run([[.key(.char("n"))], [], [.resized(width: 20, height: 5)], [.resized(width: 80, height: 24)]])
        #expect(t.frames.contains { $0.width == 20 && $0.text.contains("Terminal") })
        #expect(t.screen.contains("Pick #1003"))
    }
}
