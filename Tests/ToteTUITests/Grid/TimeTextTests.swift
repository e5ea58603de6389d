import Testing
@testable import ToteTUI

@Suite("Time text")
struct TimeTextTests {
    @Test func sameDayShowsTheTimeOnly() {
        #expect(TimeText.shipBy(1_795_795_200, now: 1_795_770_000, utcOffset: 0) == "16:00")
    }

    @Test func otherDaysShowTheDate() {
        #expect(TimeText.shipBy(1_795_888_800, now: 1_795_770_000, utcOffset: 0) == "11-28 18:00")
    }

    @Test func offsetMovesTheLocalDay() {
        // 16:00 UTC is 01:00 next day in Seoul (+9 h).
        #expect(TimeText.shipBy(1_795_795_200, now: 1_795_770_000, utcOffset: 9 * 3600) == "11-28 01:00")
    }

    @Test func civilDatesMatchKnownDays() {
        #expect(TimeText.civil(fromDays: 0) == (1970, 1, 1))
        #expect(TimeText.civil(fromDays: 20_784) == (2026, 11, 27))
        #expect(TimeText.civil(fromDays: 11_016) == (2000, 2, 29))
    }
}
