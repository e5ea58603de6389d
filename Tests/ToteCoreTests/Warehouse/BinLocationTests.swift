import Testing
@testable import ToteCore

@Suite("Bin location")
struct BinLocationTests {
    @Test func parsesAndPrintsTheLabelCode() {
        let bin = BinLocation(code: "A03-B-12-2")
        #expect(bin == BinLocation(aisle: 3, side: .b, bay: 12, level: 2))
        #expect(bin?.code == "A03-B-12-2")
        #expect(BinLocation(code: "a03-b-12-2") == bin)
    }

    @Test(arguments: ["", "A3-B-12-2", "A03-C-12-2", "A03-B-12", "A03-B-12-2-1", "A00-A-01-1", "B03-A-01-1",
                      "A03-B-1x-2", "A03--12-2", "A٠٣-B-12-2"])
    func refusesOtherText(_ text: String) {
        #expect(BinLocation(code: text) == nil)
    }

    @Test func sequenceIsAisleThenBay() {
        let bins = ["A02-A-01-1", "A01-B-06-1", "A01-A-02-2", "A01-A-02-1"].compactMap { BinLocation(code: $0) }
        #expect(bins.sorted().map(\.code) == ["A01-A-02-1", "A01-A-02-2", "A01-B-06-1", "A02-A-01-1"])
    }

    @Test func layoutCountsItsBins() {
        let layout = WarehouseLayout(name: "T", aisleCount: 12, baysPerSide: 6, levels: 2)
        #expect(layout.binCount == 288)
        #expect(layout.allBins.count == 288)
        #expect(Set(layout.allBins).count == 288)
        #expect(layout.contains(BinLocation(code: "A12-B-06-2")!))
        #expect(!layout.contains(BinLocation(code: "A13-B-06-2")!))
        #expect(layout.validate().isEmpty)
        #expect(WarehouseLayout(name: "T", aisleCount: 0, baysPerSide: 6, levels: 2, bayWidth: -1).validate().count == 2)
    }
}
