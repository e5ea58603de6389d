import Testing
import ToteCore
import ToteStore

@Suite struct FloorStoreStaleClaimsTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    @Test func deadStationsClaimIsReleasedLiveOneKept() throws {
        let store = try Fixtures.store(in: folder, orders: [Fixtures.order("#dead"), Fixtures.order("#live"),
                                                            Fixtures.order("#started", units: [2])])
        let t0 = Fixtures.now
        _ = try store.claim(number: "#dead", station: "S1", now: t0)
        _ = try store.claim(number: "#live", station: "S2", now: t0)
        _ = try store.claim(number: "#started", station: "S3", now: t0)
        #expect(try store.record(Fixtures.scan(.pick(line: 1), order: "#started", station: "S3", at: t0 + 1_000)))
        // S2 keeps scanning: its heartbeat refreshes the claim.
        _ = try store.record(Fixtures.scan(nil, order: "#live", station: "S2", at: t0 + 50_000))

        #expect(try store.releaseStaleClaims(olderThan: 60_000, now: t0 + 59_000) == [])
        let released = try store.releaseStaleClaims(olderThan: 60_000, now: t0 + 100_000)

        #expect(released == ["#dead", "#started"])
        #expect(try store.order(number: "#dead")?.claimedBy == nil)
        #expect(try store.status(of: "#dead") == .new)
        #expect(try store.status(of: "#started") == .picking)  // a unit is picked: resumes where it was
        #expect(try store.order(number: "#started")?.pickedByLine[1] == 1)
        #expect(try store.order(number: "#live")?.claimedBy == "S2")
        #expect(try store.claimNext(station: "S4", now: t0 + 100_000)?.order.number == "#dead")
    }

    @Test func scanFromAnotherStationIsNoHeartbeat() throws {
        let store = try Fixtures.store(in: folder, orders: [Fixtures.order("#1")])
        _ = try store.claim(number: "#1", station: "S1", now: Fixtures.now)
        _ = try store.record(Fixtures.scan(nil, order: "#1", station: "S9", at: Fixtures.now + 90_000))
        #expect(try store.releaseStaleClaims(olderThan: 60_000, now: Fixtures.now + 100_000) == ["#1"])
    }
}

@Suite struct StaleClaimsSparingTests {
    @Test func theStartingStationKeepsItsOwnOldClaim() throws {
        let folder = try TemporaryFolder()
        let store = try StoreUnderTest.open(folder.path("tote.sqlite"))
        try store.replaceAll(catalog: [Fixtures.sku(1)], orders: [Fixtures.order("#1", units: [1]), Fixtures.order("#2", units: [1])])
        _ = try store.claim(number: "#1", station: "S1", now: 0)
        _ = try store.claim(number: "#2", station: "S2", now: 0)
        let released = try store.releaseStaleClaims(olderThan: 1_000, now: 1_000_000, sparing: "S1")
        #expect(released == ["#2"])
        #expect(try store.activeOrder(station: "S1")?.order.number == "#1")
    }
}
