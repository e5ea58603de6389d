import Foundation
import Testing
import ToteCore
import ToteStore

/// The acceptance of issue 10 on the real binary: `LANG=ko_KR.UTF-8 tote` and `tote --lang ro`
/// walk a whole order (queue, pick, the pack checklist, the scale) in that language, with
/// aligned columns; the box closes by itself once the checklist and the weight are done.
@Suite("E2E: the station in other languages", .timeLimit(.minutes(1)))
struct LanguageFlowTests {
    struct Words: Sendable {
        var queueTitle: String, claimed: String, binConfirmed: @Sendable (String) -> String, packTitle: String
        var pickHeader: String, skuHeader: String, packKeys: String, packed: @Sendable (String) -> String
    }

    static let korean = Words(queueTitle: "Tote · 주문 목록", claimed: "배정됨", binConfirmed: { "로케이션 \($0) 확인" },
                              packTitle: "Tote · 포장 #", pickHeader: "로케이션", skuHeader: "상품코드",
                              packKeys: "F5 확인  F6 취소  F9 완료  F4 승인  F7 서비스  F8 반납  Esc 목록",
                              packed: { "\($0) 포장 완료" })
    static let romanian = Words(queueTitle: "Tote · Comenzi", claimed: "Ați preluat #",
                                binConfirmed: { "Locația \($0) confirmată" }, packTitle: "Tote · Ambalare #",
                                pickHeader: "Locație", skuHeader: "Cod",
                                packKeys: "F5 Bifează  F6 Anulează  F9 Gata  F4 Aprobă  F7 Curier  F8 Eliberează  Esc Coadă",
                                packed: { "\($0) ambalată" })

    @Test func koreanFromTheLocale() async throws {
        // LC_ALL is unset so LANG decides; this machine need not have the ko_KR locale installed.
        try await walkOneOrder(environment: ["LANG": "ko_KR.UTF-8", "LC_ALL": ""], arguments: [], Self.korean)
    }

    @Test func romanianFromTheLangOption() async throws {
        // --lang beats the locale the session has (C.UTF-8, English).
        try await walkOneOrder(environment: [:], arguments: ["--lang", "ro"], Self.romanian)
    }

    @Test func i18nCheckReportsEveryLanguageClean() async throws {
        let station = try Station()
        defer { station.kill() }
        let out = try await Subprocess.run(station.tote, ["i18n", "check"], scratch: station.folder)
        #expect(out.status == 0, "\(out.stdout)")
        for code in ["en (English)", "ro (Română)", "fr (Français)", "sv (Svenska)", "ko (한국어)"] {
            #expect(out.stdout.contains(code + ": "), "\(out.stdout)")
        }
        #expect(out.stdout.contains("0 missing, 0 placeholder mismatch(es)"))
    }

    @Test func anUnknownLangIsRefusedWithTheChoices() async throws {
        let station = try Station()
        defer { station.kill() }
        let out = try await Subprocess.run(station.tote, ["station", "--lang", "de"], scratch: station.folder)
        #expect(out.status != 0)
        #expect(out.stderr.contains("de") && out.stderr.contains("en") && out.stderr.contains("ko"), "\(out.stderr)")
    }

    private func walkOneOrder(environment: [String: String], arguments: [String], _ words: Words) async throws {
        let station = try Station()
        defer { station.kill() }
        let s = try await station.launch(environment: environment, arguments: arguments)
        try await s.waitFor(words.queueTitle)

        try await s.sendScan("NEXT")
        try await s.waitFor(words.claimed)
        let number = try #require(try station.openStore().activeOrder(station: station.id)).order.number
        let plan = try station.plan(number)
        let total = plan.reduce(0) { $0 + $1.quantity }

        let pickScreen = try await s.waitFor(words.pickHeader)
        try expectAligned(pickScreen, header: words.skuHeader, values: plan.map(\.sku))

        var picked = 0
        for line in plan {
            try await s.sendScan(line.bin)
            try await s.waitUntil("bin confirmed") { $0.statusLine.contains(words.binConfirmed(line.bin)) }
            for _ in 0..<line.quantity {
                try await s.sendScan(line.barcode)
                picked += 1
                let want = picked
                if want == total {
                    try await s.waitFor(words.packTitle)
                } else {
                    try await s.waitUntil("pick progress \(want)/\(total)") { $0.progress?.have == want }
                }
            }
        }
        let packScreen = try await s.capture()
        try expectAligned(packScreen, header: words.skuHeader, values: plan.map(\.sku))
        // All seven pack keys, translated, whole on one 80-column bar.
        #expect(packScreen.rows.contains { $0.hasPrefix(words.packKeys) }, "pack keys:\n\(packScreen.framed)")
        var packed = 0
        for line in plan {
            for _ in 0..<line.quantity {
                try await s.sendScan(line.barcode)
                packed += 1
                let want = packed
                try await s.waitUntil("pack progress \(want)/\(total)") {
                    $0.title.hasPrefix(" " + words.packTitle) && $0.progress?.have == want
                }
            }
        }
        // What the rules add, the carton and the scale; the box then closes without DONE.
        try await station.done(number, packed: words.packed(number))
        #expect(try station.openStore().status(of: number) == .packed)
        try await s.sendKey("F10")
        let exit = try await station.waitForExit()
        #expect(exit.code == 0)
    }

    /// The column under `header` starts at the same display column (Hangul counts two) on the
    /// header row and on every row that shows one of `values`.
    private func expectAligned(_ screen: Screen, header: String, values: [String]) throws {
        func column(_ row: String, _ text: String) -> Int? {
            guard let r = row.range(of: " " + text + " ") else { return nil }
            return displayWidth(row[..<r.lowerBound]) + 1
        }
        let headerRow = try #require(screen.rows.first { column($0, header) != nil }, "no header \(header):\n\(screen.framed)")
        let want = column(headerRow, header)
        for value in Set(values) {
            let rows = screen.rows.filter { column($0, value) != nil && $0 != headerRow }
            #expect(!rows.isEmpty, "\(value) not shown:\n\(screen.framed)")
            for row in rows { #expect(column(row, value) == want, "misaligned:\n\(screen.framed)") }
        }
    }

    /// Terminal columns: Hangul syllables take two.
    private func displayWidth(_ text: Substring) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ((0xAC00...0xD7A3).contains($1.value) || (0x1100...0x115F).contains($1.value) ? 2 : 1) }
    }
}
