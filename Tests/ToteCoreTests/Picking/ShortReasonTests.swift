import Testing
@testable import ToteCore

@Suite("Short reason")
struct ShortReasonTests {
    @Test func numberKeysFollowTheDialogOrder() {
        #expect(ShortReason.allCases.map(\.code) == [1, 2, 3, 4])
        #expect(ShortReason(code: 1) == .notInBin)
        #expect(ShortReason(code: 2) == .damaged)
        #expect(ShortReason(code: 3) == .wrongItem)
        #expect(ShortReason(code: 4) == .other)
        #expect(ShortReason(code: 0) == nil)
        #expect(ShortReason(code: 5) == nil)
    }

    @Test(arguments: [("1", ShortReason.notInBin), ("R2", .damaged), ("reason-3", .wrongItem), (" 4 ", .other),
                      ("NOT-IN-BIN", .notInBin), ("damaged", .damaged), ("Wrong item", .wrongItem), ("OTHER", .other),
                      ("DAMAGED", .damaged), ("r-1", .notInBin)])
    func readsTypedAndScannedReasons(raw: String, reason: ShortReason) {
        #expect(ShortReason(scan: raw) == reason)
    }

    @Test(arguments: ["", "0", "5", "12", "R9", "RR1", "broken", "1.5", "-1", "NOT IN", "४"])
    func refusesAnythingElse(raw: String) {
        #expect(ShortReason(scan: raw) == nil)
    }

    @Test func rawValuesAreTheLoggedNames() {
        #expect(ShortReason.allCases.map(\.rawValue) == ["not_in_bin", "damaged", "wrong_item", "other"])
    }
}
