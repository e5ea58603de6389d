import Testing
import ToteCore
@testable import ToteTUI

@Suite("Language choice")
struct LanguageChoiceTests {
    let view = AppView(context: Fixtures.context)

    @Test func flagBeatsPackerBeatsConfigBeatsLocale() {
        #expect(LanguageChoice.resolve(flag: .sv, config: .ro, lcAll: nil, lcMessages: nil, lang: "ko_KR.UTF-8").language == .sv)
        #expect(LanguageChoice.resolve(flag: nil, config: .ro, lcAll: nil, lcMessages: nil, lang: "ko_KR.UTF-8").language == .ro)
        #expect(LanguageChoice.resolve(flag: nil, config: nil, lcAll: nil, lcMessages: nil, lang: "ko_KR.UTF-8").language == .ko)
        #expect(LanguageChoice.resolve(flag: nil, config: nil, lcAll: nil, lcMessages: "fr_FR", lang: "ko_KR").language == .fr)
        #expect(LanguageChoice.resolve(flag: nil, config: nil, lcAll: nil, lcMessages: nil, lang: "tlh_QO.UTF-8").language == .en)
        var choice = LanguageChoice(station: .ro)
        choice.packer = .ko
        #expect(choice.language == .ko)
        choice.forced = .fr
        #expect(choice.language == .fr)
    }

    @Test func aSignInWithALanguageSwitchesTheScreensAndSignOutSwitchesBack() {
        var h = Harness()
        h.state.languageChoice = LanguageChoice(station: .ro)
        #expect(view.render(h.state).text.contains("Comandă"))
        h.reducer.signIn(&h.state, packer: "Ji-woo", language: .ko)
        #expect(h.state.status?.text == "로그인: Ji-woo")
        let korean = view.render(h.state).text
        #expect(korean.contains("주문") && korean.contains("새로고침"))
        // A refusal raised by the reducer after the switch is in Korean too.
        h.scan("A99-Z-99-9")
        #expect(h.state.status?.text.hasPrefix("알 수 없는") == true)
        h.scan("LOGOUT")
        #expect(h.state.language == .ro)
        #expect(h.state.status?.text == "Deconectat — scanați ecusonul")
    }

    @Test func theBadgeRecordsLanguageArrivesAsAnEvent() {
        var h = Harness()
        h.send(.packerLanguage(.sv))
        #expect(view.render(h.state).text.contains("Skanna ▸"))
        h.send(.packerLanguage(nil))
        #expect(view.render(h.state).text.contains("Scan ▸"))
    }

    @Test func langOptionIsNotOverriddenByThePacker() {
        var h = Harness()
        h.state.languageChoice = LanguageChoice(forced: .fr, station: .ro)
        h.reducer.signIn(&h.state, packer: "Ana", language: .ko)
        #expect(h.state.language == .fr)
        #expect(h.state.status?.text == "Connecté : Ana")
        #expect(view.render(h.state).text.contains("Scannez ▸"))
    }
}

@Suite("Core messages in the station's language")
struct CoreMessageTests {
    @Test func scanIssuesAreTranslated() {
        let fr = Strings(language: .fr)
        #expect(fr.scanIssue(.tooLong(bytes: 600)) == "Scan trop long (600 octets) : ce poste ne lit pas ce code")
        #expect(fr.scanIssue(.badCount(ai: "30", value: "0")) == "Quantité du code GS1 (30) = 0 : il faut au moins 1")
        #expect(Strings(language: .ko).scanIssue(.unknownCode) == "알 수 없는 코드")
        #expect(Strings(language: .ro).scanIssue(.elementString(.valueTooLong(ai: "10", maxLength: 20)))
                == "GS1 (10) valoare prea lungă — lipsește separatorul GS?")
        // English keeps the wording ToteCore's own message has.
        #expect(Strings.english.scanIssue(.missingGTIN) == ScanIssue.missingGTIN.message)
        #expect(Strings.english.scanIssue(.conflictingGTINs) == ScanIssue.conflictingGTINs.message)
    }

    @Test func cartonAndWeightChecksUseLocalNumbers() {
        let sv = Strings(language: .sv)
        #expect(sv.cartonCheck(.tooHeavy(carton: "BOX-S", grams: 2350, maxGrams: 2000))
                == "BOX-S klarar högst 2,00 kg; lasten väger 2,35 kg. Ta en starkare kartong eller dela upp")
        #expect(Strings(language: .ro).weightCheck(.recount(expected: 1200, measured: 1450, difference: 250, allowed: 60))
                == "Greutatea 1,45 kg e cu 250 g peste cea așteptată de 1,20 kg (toleranță ±60 g): renumărați coletul")
        #expect(Strings(language: .ko).packRefusal(.carton(.notBranded(carton: "BOX-M")))
                == "BOX-M은(는) 무지 박스입니다; 이 주문은 브랜드 박스가 필요합니다")
        #expect(Strings(language: .fr).packRefusal(.nothingToUndo) == "Rien à annuler")
    }

    @Test func unreadableScanOnTheStationIsTranslated() {
        var h = Harness()
        h.state.languageChoice = LanguageChoice(station: .sv)
        h.scan(String(repeating: "9", count: 600))
        #expect(h.state.status?.text.hasPrefix("För lång skanning (600 byte)") == true, "\(h.state.status?.text ?? "")")
    }
}

@Suite("Localized numbers on screen")
struct LocalizedNumberTests {
    @Test func shipByDayFirstWhereTheLanguageWritesItSo() {
        let now: Int64 = 1_795_770_000  // 2026-11-27 09:00 UTC
        let tomorrow = now + 86_400
        #expect(TimeText.shipBy(tomorrow, now: now, utcOffset: 0) == "11-28 09:00")
        #expect(TimeText.shipBy(tomorrow, now: now, utcOffset: 0, format: LocalFormat(.ro)) == "28.11 09:00")
        #expect(TimeText.shipBy(tomorrow, now: now, utcOffset: 0, format: LocalFormat(.fr)) == "28/11 09:00")
        #expect(TimeText.shipBy(now + 7 * 3600, now: now, utcOffset: 0, format: LocalFormat(.ko)) == "16:00")
    }

    @Test func supervisorRatesUseTheDecimalComma() {
        #expect(SupervisorFormat.rate(12.46) == "12.5")
        #expect(SupervisorFormat.rate(12.46, LocalFormat(.fr)) == "12,5")
        #expect(SupervisorFormat.rate(123.4, LocalFormat(.sv)) == "123")
        #expect(PickDistance.text(7.46, format: LocalFormat(.ro)) == "7,5 m")
        #expect(PickDistance.text(20.4, format: LocalFormat(.ro)) == "20 m")
    }
}
