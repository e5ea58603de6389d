import Testing
@testable import ToteCore

@Suite("Language")
struct LanguageTests {
    @Test(arguments: [("ro", Language.ro), ("RO", .ro), ("fr-FR", .fr), ("sv_SE", .sv), ("ko_KR.UTF-8", .ko),
                      ("en", .en), ("fr_CA@euro", .fr)])
    func codesAsPeopleWriteThem(_ code: String, _ want: Language) {
        #expect(Language(code: code) == want)
    }

    @Test func unknownCodesAreNil() {
        #expect(Language(code: "de") == nil)
        #expect(Language(code: "") == nil)
        #expect(Language(code: "rom") == nil)
        #expect(Language(code: "k") == nil)
    }

    @Test func localeNames() {
        #expect(Language.fromLocale("ko_KR.UTF-8") == .ko)
        #expect(Language.fromLocale(" sv_SE.utf8 ") == .sv)
        #expect(Language.fromLocale("C") == nil)
        #expect(Language.fromLocale("C.UTF-8") == nil)
        #expect(Language.fromLocale("POSIX") == nil)
        #expect(Language.fromLocale("de_DE.UTF-8") == nil)
    }

    @Test func environmentFollowsPOSIXOrder() {
        // LC_ALL first, then LC_MESSAGES, then LANG; empty values do not count.
        #expect(Language.fromEnvironment(lcAll: "fr_FR.UTF-8", lcMessages: "sv_SE", lang: "ko_KR.UTF-8") == .fr)
        #expect(Language.fromEnvironment(lcAll: "", lcMessages: "sv_SE", lang: "ko_KR.UTF-8") == .sv)
        #expect(Language.fromEnvironment(lcAll: nil, lcMessages: nil, lang: "ko_KR.UTF-8") == .ko)
        #expect(Language.fromEnvironment(lcAll: nil, lcMessages: nil, lang: nil) == .en)
        // The first set variable decides even when it names a language the station lacks:
        // LC_ALL=de_DE means German (so English here), not the LANG below it.
        #expect(Language.fromEnvironment(lcAll: "de_DE.UTF-8", lcMessages: nil, lang: "ro_RO.UTF-8") == .en)
        #expect(Language.fromEnvironment(lcAll: "C.UTF-8", lcMessages: nil, lang: "ro_RO.UTF-8") == .en)
    }
}

@Suite("Local number and date format")
struct LocalFormatTests {
    @Test func decimalCommaWhereTheLanguageWritesIt() {
        #expect(LocalFormat(.en).decimal(12.46) == "12.5")
        #expect(LocalFormat(.ro).decimal(12.46) == "12,5")
        #expect(LocalFormat(.fr).decimal(12.5) == "12,5")
        #expect(LocalFormat(.sv).decimal(0.04, digits: 2) == "0,04")
        #expect(LocalFormat(.ko).decimal(12.46) == "12.5")
        #expect(LocalFormat(.fr).decimal(-3.25, digits: 1) == "-3,3")
        #expect(LocalFormat(.fr).decimal(-0.01, digits: 1) == "0,0")
        #expect(LocalFormat(.fr).decimal(.nan) == "–")
        #expect(LocalFormat(.sv).decimal(86.4, digits: 0) == "86")
    }

    @Test func unitsStayAndPrecisionFitsTheDistance() {
        #expect(LocalFormat(.fr).metres(7.46) == "7,5 m")
        #expect(LocalFormat(.en).metres(7.46) == "7.5 m")
        #expect(LocalFormat(.ro).metres(7.0) == "7 m")
        #expect(LocalFormat(.sv).metres(24.4) == "24 m")
        #expect(LocalFormat(.ro).weight(grams: 350) == "350 g")
        #expect(LocalFormat(.ro).weight(grams: 1250) == "1,25 kg")
        #expect(LocalFormat(.en).weight(grams: 20000) == "20.00 kg")
        #expect(LocalFormat(.fr).money(minor: 1234) == "12,34")
        #expect(LocalFormat(.en).money(minor: -5) == "-0.05")
    }

    @Test func datesInEachLanguagesOrderAndTwentyFourHourTimes() {
        #expect(LocalFormat(.en).date(year: 2026, month: 11, day: 7) == "2026-11-07")
        #expect(LocalFormat(.ro).date(year: 2026, month: 11, day: 7) == "07.11.2026")
        #expect(LocalFormat(.fr).date(year: 2026, month: 11, day: 7) == "07/11/2026")
        #expect(LocalFormat(.sv).date(year: 2026, month: 11, day: 7) == "2026-11-07")
        #expect(LocalFormat(.ko).date(year: 2026, month: 11, day: 7) == "2026.11.07")
        #expect(LocalFormat(.ro).dayMonth(month: 11, day: 28) == "28.11")
        #expect(LocalFormat(.fr).dayMonth(month: 11, day: 28) == "28/11")
        #expect(LocalFormat(.ko).dayMonth(month: 11, day: 28) == "11.28")
        #expect(LocalFormat(.en).dayMonth(month: 11, day: 28) == "11-28")
        #expect(LocalFormat(.fr).time(hour: 16, minute: 5) == "16:05")
        #expect(LocalFormat(.ro).date(CalendarDay(year: 2026, month: 2, day: 28)!) == "28.02.2026")
    }
}
