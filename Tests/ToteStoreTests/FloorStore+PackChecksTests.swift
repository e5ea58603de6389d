import Testing
import ToteCore
import ToteStore

/// The pack checklist beyond line counts: inserts and materials, cartons, overrides, the
/// weight and the service, saved with the scan that made them and put back on resume.
@Suite struct FloorStorePackChecksTests {
    let folder: TemporaryFolder
    let store: FloorStore

    init() throws {
        folder = try TemporaryFolder()
        store = try Fixtures.store(in: folder, orders: [Fixtures.order("#1", units: [12, 1]), Fixtures.order("#2")])
        _ = try store.claim(number: "#1", station: "S1", now: Fixtures.now)
    }

    private func record(_ effect: ScanRecord.Effect, station: String = "S1") throws -> Bool {
        try store.record(Fixtures.scan(effect, order: "#1", station: station, phase: .pack))
    }

    @Test func checksCartonsOverridesWeightAndServiceAreSavedAndLogged() throws {
        #expect(try record(.check(key: "insert:Flyer", units: 1, of: 2)))
        #expect(try record(.check(key: "insert:Flyer", units: 1, of: 2)))
        #expect(try record(.carton(key: "carton:0", code: "C0001002")))
        #expect(try record(.override(key: "gift", by: "B2001", reason: "other")))
        #expect(try record(.weight(grams: 1234)))
        #expect(try record(.service(id: "2DAY")))
        #expect(try record(.packUnits(line: 1, units: 12)))

        let p = try #require(try store.order(number: "#1"))
        #expect(p.packChecks["insert:Flyer"] == PackCheckState(units: 2))
        #expect(p.packChecks["carton:0"]?.cartonCode == "C0001002")
        #expect(p.packChecks["gift"] == PackCheckState(overrideBy: "B2001", overrideReason: "other"))
        #expect(p.weighedGrams == 1234 && p.chosenService == "2DAY")
        #expect(p.packedByLine[1] == 12)
        // The scan log keeps every effect as it was, for audits.
        #expect(try store.scans(order: "#1").map(\.effect) == [
            .check(key: "insert:Flyer", units: 1, of: 2), .check(key: "insert:Flyer", units: 1, of: 2),
            .carton(key: "carton:0", code: "C0001002"), .override(key: "gift", by: "B2001", reason: "other"),
            .weight(grams: 1234), .service(id: "2DAY"), .packUnits(line: 1, units: 12),
        ])
    }

    @Test func guardsRefuseWhatWouldLeaveTheRangeAndChangeNothing() throws {
        #expect(try record(.check(key: "insert:Flyer", units: 1, of: 1)))
        #expect(try record(.check(key: "insert:Flyer", units: 1, of: 1)) == false, "over the quantity")
        #expect(try record(.check(key: "tissue", units: -1, of: 1)) == false, "below zero")
        #expect(try record(.carton(key: "carton:0", code: "C1")))
        #expect(try record(.carton(key: "carton:0", code: "C2")) == false, "a carton is chosen once")
        #expect(try record(.override(key: "line:2", by: nil, reason: nil)) == false, "nothing to take back")
        #expect(try record(.packUnits(line: 1, units: 13)) == false, "more than ordered")
        #expect(try record(.packUnits(line: 1, units: -1)) == false, "below zero")
        #expect(try record(.check(key: "insert:Flyer", units: 1, of: 5), station: "S2") == false, "not held by S2")

        let p = try #require(try store.order(number: "#1"))
        #expect(p.packChecks["insert:Flyer"]?.units == 1)
        #expect(p.packChecks["carton:0"]?.cartonCode == "C1")
        #expect(p.packedByLine[1] == 0)
        #expect(try store.scans(order: "#1").filter { $0.outcome == FloorStore.refusedOutcome }.count == 7)
    }

    @Test func undoEffectsTakeBack() throws {
        #expect(try record(.carton(key: "carton:0", code: "C1")))
        #expect(try record(.carton(key: "carton:0", code: nil)))
        #expect(try record(.override(key: "gift", by: "B2001", reason: "other")))
        #expect(try record(.override(key: "gift", by: nil, reason: nil)))
        #expect(try record(.packUnits(line: 1, units: 12)))
        #expect(try record(.packUnits(line: 1, units: -12)))
        let p = try #require(try store.order(number: "#1"))
        #expect(p.packChecks["carton:0"]?.cartonCode == nil)
        #expect(p.packChecks["gift"]?.overrideBy == nil)
        #expect(p.packedByLine[1] == 0)
    }

    @Test func anOverriddenLineLetsTheBoxCloseWithoutItsUnits() throws {
        for line in [1, 2] { for _ in 0..<(line == 1 ? 12 : 1) { _ = try record(.pick(line: line)) } }
        try store.move(number: "#1", from: .picking, to: .picked, station: "S1", now: Fixtures.now)
        try store.move(number: "#1", from: .picked, to: .packing, station: "S1", now: Fixtures.now)
        #expect(try record(.packUnits(line: 1, units: 12)))
        #expect(throws: PackNotComplete(order: "#1", unverifiedUnits: 1)) {
            try store.completePack(number: "#1", station: "S1", labelPath: "/l.zpl", now: Fixtures.now)
        }
        #expect(try record(.override(key: "line:2", by: "B2001", reason: "damaged")))
        try store.completePack(number: "#1", station: "S1", labelPath: "/l.zpl", now: Fixtures.now)
        #expect(try store.status(of: "#1") == .packed)
    }

    /// With users set up, the store itself refuses an override by a badge without the right.
    @Test func onlyALeadOrAboveMayOverride() throws {
        try store.addUser(User(badge: "B9001", name: "Alex", role: .admin), by: nil, now: Fixtures.now)
        try store.addUser(User(badge: "B1042", name: "Ana", role: .packer), by: "B9001", now: Fixtures.now)
        try store.addUser(User(badge: "B2001", name: "Lee", role: .lead), by: "B9001", now: Fixtures.now)
        #expect(try record(.override(key: "gift", by: "B1042", reason: "other")) == false, "a packer may not")
        #expect(try record(.override(key: "gift", by: "B4040", reason: "other")) == false, "nobody we know")
        #expect(try store.order(number: "#1")?.packChecks["gift"]?.overrideBy == nil)
        #expect(try record(.override(key: "gift", by: "B2001", reason: "other")))
        #expect(try store.order(number: "#1")?.packChecks["gift"]?.overrideBy == "B2001")
    }

    @Test func customerTagsAreKeptWithTheOrder() throws {
        var order = Fixtures.order("#9", units: [1])
        order.customer = Customer(email: "a@example.com", isFirstOrder: true, tags: ["vip", "wholesale"])
        try store.replaceAll(catalog: [Fixtures.sku(1)], orders: [order])
        #expect(try store.order(number: "#9")?.order.customer == order.customer)
    }
}
