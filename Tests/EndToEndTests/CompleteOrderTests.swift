import Foundation
import Testing
import ToteCore
import ToteStore

/// The happy path a packer walks all day, driven only by scans, on the real binary.
@Suite("E2E: a whole order by scans", .timeLimit(.minutes(1)))
struct CompleteOrderTests {
    @Test func completesOneDemoOrderByScansOnly() async throws {
        let station = try Station()
        defer { station.kill() }
        let s = try await station.launch()
        try await station.waitForDemo()

        let number = try await station.claimNext()
        let plan = try station.plan(number)
        let total = plan.reduce(0) { $0 + $1.quantity }
        var picked = 0
        for line in plan {
            try await station.pick(line, units: line.quantity, progressBefore: picked, total: total)
            picked += line.quantity
        }
        try await s.waitFor("Pack \(number)")
        try await station.packAll(plan)
        let extras = try station.checklistScans(number)
        try await station.done(number)
        try await s.waitFor("Tote · Queue")

        let store = try station.openStore()
        #expect(try store.status(of: number) == .packed)
        let progress = try #require(try store.order(number: number))
        #expect(progress.claimedBy == nil, "a packed order is no longer held")
        for line in plan {
            #expect(progress.pickedByLine[line.line] == line.quantity, "picked, line \(line.line)")
            #expect(progress.packedByLine[line.line] == line.quantity, "packed, line \(line.line)")
        }

        // The label: in the spool folder next to the store, named after the order, whole ZPL.
        let labelPath = try #require(try store.labelPath(of: number))
        let expectedName = "label-" + number.replacingOccurrences(of: "#", with: "_") + ".zpl"
        #expect(URL(fileURLWithPath: labelPath).lastPathComponent == expectedName)
        #expect(URL(fileURLWithPath: labelPath).deletingLastPathComponent().standardizedFileURL.path
            == station.folder.appendingPathComponent("spool").standardizedFileURL.path)
        let zpl = try String(contentsOfFile: labelPath, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(zpl.hasPrefix("^XA"), "label starts with ^XA: \(zpl.prefix(40))")
        #expect(zpl.hasSuffix("^XZ"), "label ends with ^XZ: \(zpl.suffix(40))")
        // The label weighs what the scale said (goods, inserts and the carton), not the goods alone.
        let scale = try #require(extras.last)
        let weighed = try #require(Int(scale.dropFirst()))
        let hundredths = (weighed + 5) / 10
        let kg = "\(hundredths / 100)." + String(format: "%02d", hundredths % 100) + " kg"
        #expect(zpl.contains(kg), "label weight \(kg) for \(weighed) g")

        // Every scan logged, in order: one bin label per line, each unit picked, each unit packed,
        // then what the rules add, the carton and the scale.
        let scans = try store.scans(order: number)
        #expect(scans.count == plan.count + 2 * total + extras.count)
        #expect(scans.allSatisfy { $0.outcome == "accepted" }, "\(scans.map { "\($0.raw):\($0.outcome)" })")
        #expect(scans.filter { $0.phase == .pick && $0.kind == "bin" }.count == plan.count)
        #expect(scans.filter { $0.effect.map { if case .pick = $0 { true } else { false } } ?? false }.count == total)
        #expect(scans.filter { $0.effect.map { if case .pack = $0 { true } else { false } } ?? false }.count == total)
        #expect(scans.last?.raw == extras.last, "the scale reading closed the box")

        // F10 quits cleanly and hands back a working terminal.
        try await s.sendKey("F10")
        let exit = try await station.waitForExit()
        #expect(exit.code == 0, "exit code after F10. Screen:\n\(exit.screen.framed)")
        #expect(exit.tty == "sane", "tty left in raw/no-echo mode")
        #expect(try await s.display("#{alternate_on}") == "0", "alternate screen left on")
        #expect(!exit.screen.contains("Scan ▸"), "the station's screen is still showing:\n\(exit.screen.framed)")
        try await station.expectShellAnswers()
    }

    /// A first-time customer's order: the welcome-flyer rule adds an insert, which the packer
    /// must scan before the box closes; the station shows it and the store keeps it.
    @Test func packsAnOrderWhoseRulesAddAnInsert() async throws {
        let station = try Station()
        defer { station.kill() }
        let s = try await station.launch()
        try await station.waitForDemo()
        let store = try station.openStore()
        let rows = try store.queue(offset: 0, limit: 100)
        let number = try #require(try rows.first { row in
            try store.order(number: row.number)?.order.customer?.isFirstOrder == true
        }?.number, "the demo has a first-time customer")

        try await s.sendScan(number)
        try await s.waitFor("Pick \(number)")
        try await station.pickAndPackLines(number)
        let flyer = try #require(try station.packPlan(number).0.items.first { $0.name.hasPrefix("Welcome flyer") })
        let code = try #require(flyer.barcode)
        try await s.waitFor("INSERT")
        try await s.waitFor(flyer.name)
        try await station.done(number)

        #expect(try store.status(of: number) == .packed)
        let progress = try #require(try store.order(number: number))
        #expect(progress.packChecks[flyer.key]?.units == 1)
        #expect(try store.scans(order: number).contains { $0.raw == code && $0.outcome == "accepted" })
    }
}
