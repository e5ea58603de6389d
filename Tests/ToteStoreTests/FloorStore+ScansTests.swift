import Testing
import ToteCore
import ToteStore

@Suite struct FloorStoreScansTests {
    let folder: TemporaryFolder
    let store: FloorStore

    init() throws {
        folder = try TemporaryFolder()
        store = try Fixtures.store(in: folder, orders: [Fixtures.order("#1", units: [2, 1]), Fixtures.order("#2")])
        _ = try store.claim(number: "#1", station: "S1", now: Fixtures.now)
    }

    @Test func pickPackAndUnpackChangeTheirCounts() throws {
        #expect(try store.record(Fixtures.scan(.pick(line: 1), order: "#1")))
        #expect(try store.record(Fixtures.scan(.pick(line: 2), order: "#1")))
        #expect(try store.record(Fixtures.scan(.pack(line: 1), order: "#1", phase: .pack)))
        #expect(try store.record(Fixtures.scan(.pack(line: 1), order: "#1", phase: .pack)))
        #expect(try store.record(Fixtures.scan(.unpack(line: 1), order: "#1", phase: .pack)))

        let progress = try #require(try store.order(number: "#1"))
        #expect(progress.pickedByLine == [1: 1, 2: 1])
        #expect(progress.packedByLine == [1: 1, 2: 0])
    }

    @Test func aJournalKeyIsCountedOnceHoweverOftenItIsReplayed() throws {
        var scan = Fixtures.scan(.pick(line: 1), order: "#1")
        scan.journalKey = "S1:journal-a:1"
        #expect(try store.record(scan))
        #expect(try store.record(scan))  // the acknowledgement was lost; the journal sends it again
        #expect(try store.order(number: "#1")?.pickedByLine[1] == 1)
        #expect(try store.scans(order: "#1").map(\.journalKey) == ["S1:journal-a:1"])

        var refused = Fixtures.scan(.pick(line: 1), order: "#2")  // #2 is not S1's
        refused.journalKey = "S1:journal-a:2"
        #expect(try store.record(refused) == false)
        #expect(try store.record(refused) == false)
        #expect(try store.scans(order: "#2").count == 1)
    }

    @Test func overQuantityIsRefusedButLogged() throws {
        #expect(try store.record(Fixtures.scan(.pick(line: 2), order: "#1")))

        let again = Fixtures.scan(.pick(line: 2), order: "#1", raw: "again")
        #expect(try store.record(again) == false)
        #expect(try store.record(Fixtures.scan(.unpack(line: 2), order: "#1", phase: .pack)) == false)

        #expect(try store.order(number: "#1")?.pickedByLine[2] == 1)
        #expect(try store.order(number: "#1")?.packedByLine[2] == 0)
        let log = try store.scans(order: "#1")
        #expect(log.map(\.outcome) == ["accepted", FloorStore.refusedOutcome, FloorStore.refusedOutcome])
        var refused = again
        refused.outcome = "refused_by_store"
        #expect(log[1] == refused)
    }

    @Test func effectOnAnOrderHeldElsewhereIsRefused() throws {
        _ = try store.claim(number: "#2", station: "S2", now: Fixtures.now)

        #expect(try store.record(Fixtures.scan(.pick(line: 1), order: "#1", station: "S2")) == false)
        #expect(try store.record(Fixtures.scan(.pick(line: 1), order: "#2", station: "S1")) == false)
        #expect(try store.record(Fixtures.scan(.pick(line: 9), order: "#1", station: "S1")) == false)  // no such line
        #expect(try store.record(Fixtures.scan(.pick(line: 1), order: nil, station: "S1")) == false)

        #expect(try store.order(number: "#1")?.pickedByLine == [1: 0, 2: 0])
        #expect(try store.order(number: "#2")?.pickedByLine == [1: 0, 2: 0])
        #expect(try store.scanCount() == 4)
    }

    @Test func effectAfterReleaseIsRefused() throws {
        try store.release(number: "#1", station: "S1", now: Fixtures.now)

        #expect(try store.record(Fixtures.scan(.pick(line: 1), order: "#1")) == false)
        #expect(try store.order(number: "#1")?.pickedByLine[1] == 0)
    }

    @Test func scanWithoutEffectIsLoggedVerbatim() throws {
        let scan = ScanRecord(at: 1_234_567, station: "S1", packer: "bo", raw: "  ]C1weird\u{1D}text ", kind: "unknown",
                              outcome: "bad_check_digit", orderNumber: "#1", phase: .queue, effect: nil)
        let packed = Fixtures.scan(.pack(line: 2), order: "#1", phase: .pack)

        #expect(try store.record(scan))
        #expect(try store.record(packed))
        #expect(try store.record(Fixtures.scan(nil, order: nil)))

        #expect(try store.scans(order: "#1") == [scan, packed])
        #expect(try store.scanCount() == 3)
    }
}
