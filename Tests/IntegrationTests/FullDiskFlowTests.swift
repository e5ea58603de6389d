import Foundation
import Testing
import ToteCore
@testable import ToteStore
import ToteTUI

/// The disk fills in the middle of a shift: the station says so in plain words, counts
/// nothing it could not store, keeps running, and the store stays sound.
@Suite("Station flow: full disk")
struct FullDiskFlowTests {
    @Test func scansOnAFullDiskAreRefusedPlainlyAndCountNothing() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tote-full-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("tote.sqlite").path
        let pages: Int
        do {
            let seed = try FloorStore(path: path)
            try seed.replaceAll(catalog: StationFlowTests.skus, orders: [StationFlowTests.order])
            pages = try seed.pageCount()
        }
        // The "disk" holds what the file has now; another station's scans fill its free pages.
        let store = try FloorStore(path: path, maxPageCount: pages + 8)
        // Big rows first, then ever smaller ones, until not even a short scan fits.
        var filler = 0
        for size in [2_000, 400, 80, 16, 1] {
            while filler < 20_000 {
                do {
                    _ = try store.record(ScanRecord(at: 1, station: "FILL", packer: "x", raw: String(repeating: "f", count: size),
                                                    kind: "unknown", outcome: "unknown", orderNumber: "#1003", phase: .queue,
                                                    effect: nil))
                    filler += 1
                } catch { break }
            }
        }
        try #require(filler < 20_000, "the disk never filled")

        let clock = FixedClock(millis: 1_795_770_000_000)
        let terminal = ScriptedTerminal(ScriptedTerminal.scans(["NEXT", "A02-A-03-1", "4006381333931", "4006381333931"]),
                                        clock: clock)
        let context = AppContext(catalog: try store.loadCatalog(), layout: WarehouseLayout(name: "T", aisleCount: 4,
                                                                                           baysPerSide: 6, levels: 2))
        let runner = EffectRunner(store: store, spool: StationFlowTests.DirSpool(dir: dir), clock: clock,
                                  station: "PACK-01", makeLabel: { "^XA^FD\($0.order.number)^FS^XZ" })
        let app = StationApp(state: AppState(nowMillis: clock.nowMillis(), station: "PACK-01", packer: "Ana",
                                             storePath: path),
                             context: context, runner: runner)
        TerminalLoop(app: app, terminal: terminal, clock: clock).run()

        let said = terminal.frames.map(\.text).joined(separator: "\n")
        #expect(said.contains("disk") && said.contains("full"), "no plain full-disk message:\n\(terminal.screen)")
        let reader = try FloorStore(path: path)
        #expect(try reader.integrityCheck() == "ok")
        // Nothing counted that the log does not hold.
        let progress = try #require(try reader.order(number: "#1003"))
        let logged = try reader.scans(order: "#1003").filter { $0.effect != nil && $0.outcome == "accepted" }.count
        #expect(progress.pickedByLine.values.reduce(0, +) == logged)
        #expect(logged == 0, "no scan could be stored, so none may count")
        #expect(!said.contains("1/3"), "the screen showed a pick the store does not hold")
        #expect(terminal.screen.contains("Store error"), "the last frame still says what is wrong:\n\(terminal.screen)")
    }
}
