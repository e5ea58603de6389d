import Testing
import ToteCore
@testable import ToteTUI

/// The queue, pick and pack screens in every language at the design size, and Korean (double
/// width) on the handheld pick layout. English is covered by `ScreenSnapshotTests`.
@Suite("Localized screen snapshots")
struct LocalizedSnapshotTests {
    let view = AppView(context: Fixtures.context)
    static let languages: [Language] = [.ro, .fr, .sv, .ko]

    private func queueState(_ language: Language) -> AppState {
        var s = Fixtures.queueState(language)
        s.status = StatusMessage(Strings(language: language).text(.demoLoaded, ["skus": "150", "orders": "40"]), .ok)
        return s
    }

    private func pickState(_ language: Language, width: Int = 80, height: Int = 24) -> AppState {
        var h = Fixtures.pickHarness(language, width: width, height: height)
        h.scanCommitted("4006381333931")
        for ch in "40063" { h.send(.input(.key(.char(ch)), atMillis: h.state.nowMillis)) }
        return h.state
    }

    /// The same rule-heavy gift order as the English `pack-checklist-80x24`: instruction, gift
    /// message, insert, material, gift card, carton, service and weight line, and the pack keys.
    private func packState(_ language: Language) throws -> (AppView, AppState) {
        var context = try PackChecklistReducerTests.context()
        context.carriers = try CarrierConfig.parse(PackChecklistReducerTests.carriers, file: "carriers.toml")
        var state = Fixtures.state()
        state.languageChoice = LanguageChoice(station: language)
        var h = Harness(state: state, context: context)
        var o = Fixtures.romanian
        o.status = .packing
        o.isGift = true
        o.giftMessage = "La mulți ani, Ștefan!"
        h.send(.orderOpened(OrderProgress(order: o, pickedByLine: [1: 2, 2: 1], claimedBy: "PACK-01"), resumed: false))
        h.scanCommitted("4006381333931")
        h.scanCommitted("2000000001012")
        return (AppView(context: h.reducer.context), h.state)
    }

    @Test(arguments: languages)
    func queue(_ language: Language) {
        assertSnapshot(view.render(queueState(language)), named: "queue-\(language.rawValue)-80x24")
    }

    @Test(arguments: languages)
    func pick(_ language: Language) {
        assertSnapshot(view.render(pickState(language)), named: "pick-\(language.rawValue)-80x24")
    }

    @Test(arguments: languages)
    func pack(_ language: Language) throws {
        let (view, state) = try packState(language)
        assertSnapshot(view.render(state), named: "pack-\(language.rawValue)-80x24")
    }

    @Test func koreanCompactPick() {
        assertSnapshot(view.render(pickState(.ko, width: 40, height: 16)), named: "pick-compact-ko-40x16")
    }

    /// The short-pick dialog at its reason question, one mug found of the two still needed.
    private func shortPickState(_ language: Language, width: Int, height: Int, answers: Bool = true) -> AppState {
        var state = Fixtures.state(width: width, height: height)
        state.languageChoice = LanguageChoice(station: language)
        var h = Harness(state: state)
        var o = Fixtures.romanian
        o.status = .picking
        h.send(.orderOpened(OrderProgress(order: o, pickedByLine: [2: 1], claimedBy: "PACK-01"), resumed: true))
        h.scanCommitted("A02-A-03-1")
        h.scan("SHORT")
        if answers {
            h.scan("4006381333931")
            h.key(.enter)
        }
        return h.state
    }

    @Test func koreanCompactShortPick() {
        assertSnapshot(view.render(shortPickState(.ko, width: 40, height: 16)), named: "pick-short-compact-ko-40x16")
    }

    /// On the handheld and the desktop, every language's dialog shows its title, the found
    /// prompt, all four reasons and the way out whole: nothing cut to "…", no row too wide.
    @Test(arguments: languages)
    func shortPickDialogWordsFitWhole(_ language: Language) {
        let s = Strings(language: language)
        for (w, h) in [(40, 16), (80, 24)] {
            let found = view.render(shortPickState(language, width: w, height: h, answers: false)).text
            #expect(found.contains(s.text(.shortFoundPrompt, ["needed": "2"])), "\(language) \(w)x\(h):\n\(found)")
            let text = view.render(shortPickState(language, width: w, height: h)).text
            let rows = text.split(separator: "\n", omittingEmptySubsequences: false)
            for row in rows { #expect(CharWidth.of(row) <= w, "\(language) \(w)x\(h): \(row)") }
            let whole = [s.text(.shortTitle), s.text(.shortKeys), "1 " + s.text(.shortReasonNotInBin),
                         "2 " + s.text(.shortReasonDamaged), "3 " + s.text(.shortReasonWrongItem),
                         "4 " + s.text(.shortReasonOther), s.text(.shortEmptyLabel), s.text(.shortModeException)]
            for words in whole { #expect(text.contains(words), "\(language) \(w)x\(h) lacks \(words):\n\(text)") }
        }
    }

    /// Every row of every localized screen: no line wider than the screen, and each table
    /// column starts at the same display column on the header and on every row.
    @Test(arguments: languages)
    func columnsLineUpWhateverTheScript(_ language: Language) {
        let lines = view.render(queueState(language)).text.split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines { #expect(CharWidth.of(line) <= 80, "\(language): \(line)") }
        let strings = Strings(language: language)
        let statusColumn = lines[1...4].map { row -> Int? in
            let words = [strings.text(.colStatus), strings.status(.picking), strings.status(.new)]
            guard let r = words.compactMap({ row.range(of: $0) }).last else { return nil }
            return CharWidth.of(row[..<r.lowerBound])
        }
        #expect(Set(statusColumn.compactMap { $0 }).count == 1, "\(language): \(statusColumn)")
    }
}
