import Testing
import ToteCore
import ToteStore

@Suite struct StoreCopyTests {
    let folder: TemporaryFolder
    let source: FloorStore

    /// A floor with some history: claims, picks, a packed order, a short pick, users, prints.
    init() throws {
        folder = try TemporaryFolder()
        source = try StoreUnderTest.open(folder.path("tote.sqlite"))
        try Self.work(on: source)
    }

    static func work(on source: FloorStore) throws {
        try source.replaceAll(catalog: (1...5).map { Fixtures.sku($0) },
                              orders: [Fixtures.order("#1", units: [2, 1]), Fixtures.order("#2"), Fixtures.order("#3", units: [1])])
        _ = try source.claim(number: "#1", station: "S1", now: Fixtures.now)
        for line in [1, 1, 2] { _ = try source.record(Fixtures.scan(.pick(line: line), order: "#1")) }
        try source.move(number: "#1", from: .picking, to: .picked, station: "S1", now: Fixtures.now + 1)
        try source.move(number: "#1", from: .picked, to: .packing, station: "S1", now: Fixtures.now + 2)
        for line in [1, 1, 2] { _ = try source.record(Fixtures.scan(.pack(line: line), order: "#1", phase: .pack)) }
        try source.completePack(number: "#1", station: "S1", labelPath: "/spool/1.zpl", now: Fixtures.now + 3)
        _ = try source.claim(number: "#2", station: "S2", now: Fixtures.now + 4)
        _ = try source.record(Fixtures.scan(.pick(line: 1), order: "#2", station: "S2"))
        _ = try source.record(Fixtures.scan(nil, order: "#2", station: "S2", raw: "DAMAGED"))
        try source.addUser(User(badge: "B1", name: "Ana", role: .admin), by: nil, now: Fixtures.now)
    }

    @Test func aFloorMovesWholeAndTheCopyIsVerified() throws {
        let destination = try StoreUnderTest.open(folder.path("copy.sqlite"))
        let report = try StoreCopy.copy(from: source, to: destination)
        #expect(report.verified, "\(report)")
        #expect(report.tables.first { $0.name == "scan" }?.destinationRows == 8)
        #expect(try destination.order(number: "#1") == source.order(number: "#1"))
        #expect(try destination.activeOrder(station: "S2") == source.activeOrder(station: "S2"))
        #expect(try destination.scans(order: "#2") == source.scans(order: "#2"))
        #expect(try destination.loadCatalog().sku(code: "SKU-3") == source.loadCatalog().sku(code: "SKU-3"))
        // New rows get new ids after the copied ones.
        _ = try destination.record(Fixtures.scan(.pick(line: 2), order: "#2", station: "S2"))
        #expect(try destination.scans(order: "#2").count == 3)
    }

    @Test func theVerificationSeesADifference() throws {
        let destination = try StoreUnderTest.open(folder.path("copy.sqlite"))
        _ = try StoreCopy.copy(from: source, to: destination)
        _ = try destination.record(Fixtures.scan(.pick(line: 2), order: "#2", station: "S2"))
        let report = try StoreCopy.verify(source, destination)
        #expect(!report.verified)
        #expect(report.tables.filter { !$0.matches }.map(\.name).contains("scan"))
        #expect(report.description.contains("MISMATCH"))
    }

    @Test func aDestinationWithDataIsRefusedAndLeftAsItWas() throws {
        let destination = try StoreUnderTest.open(folder.path("other.sqlite"))
        try destination.replaceAll(catalog: [Fixtures.sku(1)], orders: [Fixtures.order("#9")])
        #expect(throws: StoreCopyError.self) { try StoreCopy.copy(from: source, to: destination) }
        #expect(try destination.openOrderCount() == 1)
        #expect(try destination.order(number: "#1") == nil)
    }

    /// `tote migrate`'s path: a SQLite floor into PostgreSQL, and back into a new file.
    @Test(.enabled(if: StoreUnderTest.postgresURL != nil || StoreUnderTest.postgresRequired,
                   "needs the test PostgreSQL server (.ci/run starts one)"))
    func aSQLiteFloorMovesToPostgreSQLAndBack() throws {
        let file = try FloorStore(path: folder.path("floor.sqlite"))
        try Self.work(on: file)
        let server = try StoreUnderTest.openPostgres(folder.path("floor-on-postgres"))
        let there = try StoreCopy.copy(from: file, to: server)
        #expect(there.verified, "\(there)")
        #expect(try server.order(number: "#1") == file.order(number: "#1"))
        #expect(try server.scans(order: "#2") == file.scans(order: "#2"))
        #expect(try server.claimNext(station: "S3", now: Fixtures.now + 10)?.order.number == "#3")

        let back = try FloorStore(path: folder.path("back.sqlite"))
        let report = try StoreCopy.copy(from: server, to: back)
        #expect(report.verified, "\(report)")
        #expect(try back.activeOrder(station: "S3")?.order.number == "#3")
        #expect(try back.loadCatalog().skus.map(\.code) == file.loadCatalog().skus.map(\.code))
    }
}
