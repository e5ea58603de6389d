import Testing
import ToteCore
import ToteStore

/// Several stations, each with its own connection pool on one file, as separate processes are.
@Suite struct FloorStoreConcurrencyTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    @Test(arguments: [4, 8])
    func everyOrderIsClaimedExactlyOnce(stations: Int) throws {
        let path = folder.path("tote.sqlite")
        let numbers = (1...60).map { "#\(1000 + $0)" }
        try StoreUnderTest.open(path).replaceAll(
            catalog: [Fixtures.sku(1)], orders: numbers.map { Fixtures.order($0, units: [1]) })

        let results = ThreadRace.run(stations) { i -> [String] in
            let store = try StoreUnderTest.open(path)
            var mine: [String] = []
            while let progress = try store.claimNext(station: "S\(i)", now: Fixtures.now) {
                #expect(progress.claimedBy == "S\(i)")
                mine.append(progress.order.number)
            }
            return mine
        }

        var claimed: [String] = []
        for result in results { claimed += try result.get() }  // rethrows any station's error
        #expect(claimed.sorted() == numbers)
        let store = try StoreUnderTest.open(path)
        let holders = try store.queue(offset: 0, limit: 100).compactMap(\.claimedBy)
        #expect(holders.count == numbers.count)
        if StoreUnderTest.isSQLite { #expect(try store.integrityCheck() == "ok") }
    }

    @Test func stationsOpeningAFreshFileTogetherAllSucceed() throws {
        let path = folder.path("fresh/tote.sqlite")

        let results = ThreadRace.run(6) { _ in try StoreUnderTest.open(path).isEmpty() }

        for result in results { #expect(try result.get()) }
    }
}
