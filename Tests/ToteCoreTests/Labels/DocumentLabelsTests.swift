import Testing
@testable import ToteCore

@Suite("Document labels")
struct DocumentLabelsTests {
    private func french() -> DocumentLabels {
        var labels = DocumentLabels.english
        labels.packingSlip = "BON DE LIVRAISON"
        labels.order = "COMMANDE"
        labels.carton = "COLIS {number} sur {of}"
        labels.total = "TOTAL"
        labels.units = "{units} unités"
        labels.format = LocalFormat(.fr)
        return labels
    }

    private func texts(_ zpl: String) -> [String] {
        ZPLFieldLine.all(in: zpl).compactMap(\.decoded)
    }

    @Test func packingSlipPrintsTheGivenWordsAndDecimalComma() {
        var order = LabelFixtures.plainUS
        order.lines[0].unitPriceMinor = 1250
        order.currency = "EUR"
        let zpl = PackingSlip(order: order, shipFrom: LabelFixtures.shipFrom, hidePrices: false, date: "27/11/2026",
                              cartonNumber: 1, cartonCount: 2, labels: french()).zpl()
        let all = texts(zpl)
        #expect(all.contains("BON DE LIVRAISON"))
        #expect(all.contains("COMMANDE #1001"))
        #expect(all.contains("COLIS 1 sur 2"))
        #expect(all.contains("12,50 EUR"))
        #expect(all.contains("TOTAL 12,50 EUR"))
        #expect(all.contains("1 unités"))
        #expect(!all.contains("PACKING SLIP"))
    }

    @Test func englishByDefaultAsBefore() {
        let zpl = PackingSlip(order: LabelFixtures.plainUS, shipFrom: LabelFixtures.shipFrom, hidePrices: true,
                              date: "2026-11-27").zpl()
        #expect(texts(zpl).contains("PACKING SLIP"))
        #expect(texts(zpl).contains("CARTON 1 of 1"))
    }

    @Test func pickListTakesItsWordsToo() {
        var labels = DocumentLabels.english
        labels.pickList = "피킹 리스트"
        labels.bin = "로케이션"
        let zpl = PickListDocument(orderNumber: "#1", rows: [.init(bin: "A01-A-01-1", sku: "X", name: "Y", quantity: 1)],
                                   labels: labels).zpl()
        #expect(texts(zpl).contains("피킹 리스트"))
        #expect(texts(zpl).contains("로케이션"))
    }

    @Test func fillNeverExpandsAValueTwice() {
        #expect(TextTemplate.fill("{a} {b}", ["a": "{b}", "b": "x"]) == "{b} x")
    }
}

@Suite("Document wording")
struct DocumentWordingTests {
    @Test func shipToCountryDecidesOnlyWhenAskedAndKnown() {
        var ro = DocumentLabels.english
        ro.packingSlip = "LISTĂ DE COLISAJ"
        var order = LabelFixtures.romanian
        #expect(DocumentWording(shop: .english, byLanguage: [.ro: ro]).labels(for: order) == .english)
        let follow = DocumentWording(shop: .english, byLanguage: [.ro: ro], followShipTo: true)
        #expect(follow.labels(for: order) == ro)
        order.shipTo.country = "BE"  // several languages: the shop's
        #expect(follow.labels(for: order) == .english)
        #expect(Language.spokenIn(country: "kr") == .ko)
        #expect(Language.spokenIn(country: "CH") == nil)
    }
}
