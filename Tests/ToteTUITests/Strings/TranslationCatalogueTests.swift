import Testing
import ToteCore
@testable import ToteTUI

/// Every key in every language, with the same placeholders as English. A failure lists every
/// gap at once (the same list `tote i18n check` prints), so whoever adds keys sees what to translate.
@Suite("Translation catalogues")
struct TranslationCatalogueTests {
    @Test func everyKeyExistsInEveryCatalogueWithMatchingPlaceholders() {
        let check = TranslationCheck()
        #expect(check.isClean, "Translations to add or fix:\n\(check.lines.joined(separator: "\n"))")
    }

    /// Built on complete catalogues (English copied into every language), so the expected report
    /// is exactly the three faults planted here, whatever keys the real catalogues hold today.
    @Test func theCheckFindsMissingKeysAndPlaceholderMismatches() {
        let check = TranslationCheck { language in
            var table = Strings.catalogue(.en)
            if language == .fr {
                table[.queueClaimed] = "Commande prise"                      // lost {order}
                table[.pickAtBin] = "En {bin} : scannez {skuu} ({have}/{need})"  // misspelt {sku}
                table[.fkQuit] = nil
            }
            return table
        }
        let fr = check.reports.first { $0.language == .fr }!
        #expect(fr.missingKeys == [.fkQuit])
        #expect(Set(fr.mismatches.map(\.key)) == [.queueClaimed, .pickAtBin])
        let misspelt = fr.mismatches.first { $0.key == .pickAtBin }
        #expect(misspelt?.missing == ["{sku}"] && misspelt?.unknown == ["{skuu}"])
        let others = check.reports.filter { $0.language != .fr }
        #expect(others.allSatisfy { $0.isClean })
        #expect(!check.isClean)
        #expect(check.lines.count == 3, "\(check.lines)")
        #expect(check.lines.contains("fr: missing fk.quit (fkQuit)"))
        #expect(check.lines.contains("fr: queue.claimed lacks {order}"))
        #expect(check.lines.contains("fr: pick.at_bin lacks {sku}, has unknown {skuu}"))
    }

    @Test func placeholdersAreReadAsWritten() {
        #expect(TranslationCheck.placeholders(in: "{order} · {count} %d {} {a b}") == ["{order}", "{count}", "%d"])
    }

    @Test func aMissingTranslationFallsBackToEnglish() {
        let strings = Strings(table: [.fkQuit: "Quitter"], language: .fr)
        #expect(strings.text(.fkQuit) == "Quitter")
        #expect(strings.text(.queueClaimed, ["order": "#1"]) == "Claimed #1 — go to the first bin")
        #expect(strings.missingKeys.contains(.queueClaimed))
    }

    /// Romanian uses comma-below ș ț (U+0219, U+021B); the cedilla forms are a common mistake.
    @Test func romanianUsesCommaBelowLetters() {
        for (key, text) in RomanianStrings.table {
            #expect(!text.unicodeScalars.contains { [0x15E, 0x15F, 0x162, 0x163].contains($0.value) }, "\(key)")
        }
        #expect(RomanianStrings.table.values.contains { $0.contains("ș") })
    }

    @Test func koreanIsWrittenInHangul() {
        let hangul = KoreanStrings.table.values.filter { $0.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) } }
        #expect(hangul.count > KoreanStrings.table.count * 3 / 4)
    }

    /// Column headers and status words fit their design widths (a column may grow by what its
    /// header needs, so the limits here are the grown widths the layouts allow).
    @Test(arguments: Language.allCases)
    func shortWordsFitTheirFields(_ language: Language) {
        let s = Strings(language: language)
        let limits: [(StringKey, Int)] = [
            (.colOrder, 8), (.colPriority, 4), (.colLines, 7), (.colService, 9), (.colShipBy, 11), (.colStatus, 8),
            (.colStation, 8), (.colBin, 11), (.colSKU, 14), (.colQty, 4), (.colPicked, 6), (.colVerified, 6),
            (.statusNew, 8), (.statusPicking, 8), (.statusPicked, 8), (.statusPacking, 8), (.statusPacked, 8),
            (.serviceStandard, 9), (.serviceExpress, 9), (.serviceOvernight, 9),
            (.supColOrdersHour, 5), (.supColUnitsHour, 5), (.supColLinesHour, 5), (.supColPick, 5), (.supColPack, 5),
            (.supColMis, 4), (.supColIdle, 5), (.supColLastHour, 3), (.statusLabelled, 12), (.statusShipped, 12),
            (.statusOnHold, 12), (.statusException, 12), (.statusCancelled, 12),
        ]
        for (key, limit) in limits {
            #expect(CharWidth.of(s.text(key)) <= limit, "\(language) \(key): \(s.text(key))")
        }
    }

    /// The packing slip and pick list print every language's words without cutting them.
    @Test(arguments: Language.allCases)
    func documentWordsFitThePaper(_ language: Language) {
        let labels = Strings(language: language).documentLabels
        let order = Order(number: "#1003", channel: "web", priority: 0, service: .standard, carrier: "DHL",
                          shipBy: 0, createdAt: 0,
                          shipTo: ShipTo(name: "Ana", address1: "Str. 1", city: "Cluj", postalCode: "400001", country: "RO"),
                          lines: [OrderLine(lineNumber: 1, sku: "A", name: "B", quantity: 2, unitPriceMinor: 1250)],
                          isGift: true, giftMessage: "La mulți ani", currency: "RON")
        let from = ShipFrom(name: "Tote", addressLines: ["1 Depot Road"], city: "Cluj", postalCode: "1", country: "RO")
        let slip = PackingSlip(order: order, shipFrom: from, hidePrices: false, date: labels.format.date(year: 2026, month: 11, day: 27),
                               labels: labels).zpl()
        let list = PickListDocument(order: order, catalog: try! Catalog([]), labels: labels).zpl()
        #expect(!slip.contains("…"), "\(language) slip:\n\(slip)")
        #expect(!list.contains("…"), "\(language) pick list:\n\(list)")
        #expect(slip.contains(labels.format.money(minor: 2500)))
    }
}
