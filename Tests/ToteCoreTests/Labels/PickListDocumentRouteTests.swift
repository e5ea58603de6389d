import Testing
@testable import ToteCore

/// `tote print picklist`: the paper list follows the walk the pick screen uses.
@Suite("Pick list document: route order and text")
struct PickListDocumentRouteTests {
    static let layout = WarehouseLayout(name: "T", aisleCount: 6, baysPerSide: 10, levels: 2)

    static let skus = [
        SKU(code: "FAR", name: "Far item", barcodes: [], weightGrams: 1, bin: BinLocation(code: "A06-A-09-1")!),
        SKU(code: "NEAR", name: "Near item", barcodes: [], weightGrams: 1, bin: BinLocation(code: "A01-B-02-1")!),
        SKU(code: "MID", name: "Middle item", barcodes: [], weightGrams: 1, bin: BinLocation(code: "A03-A-04-2")!),
    ]

    static func order(_ lines: [(String, Int)]) -> Order {
        Order(number: "#77", channel: "web", priority: 0, service: .standard, carrier: "DHL", shipBy: 0, createdAt: 0,
              shipTo: ShipTo(name: "A", address1: "B", city: "C", postalCode: "1", country: "SE"),
              lines: lines.enumerated().map { OrderLine(lineNumber: $0 + 1, sku: $1.0, name: $1.0 + " name", quantity: $1.1) })
    }

    @Test func rowsFollowTheRouterNotTheBinSort() throws {
        let catalog = try Catalog(Self.skus)
        let order = Self.order([("MID", 1), ("FAR", 2), ("NEAR", 3)])
        let router = OptimalPickRouter()
        let doc = PickListDocument(order: order, catalog: catalog, layout: Self.layout, router: router)
        let walk = PickList(order: order, catalog: catalog, layout: Self.layout, router: router)
        #expect(doc.rows.map(\.sku) == walk.steps.map(\.sku))
        #expect(doc.rows.map(\.quantity) == walk.steps.map(\.quantity))
        #expect(doc.rows.map(\.bin) == walk.steps.map(\.bin.code))
        // A reversing router shows the document takes its order from the router, not a sort.
        let reversed = PickListDocument(order: order, catalog: catalog, layout: Self.layout, router: Reversed())
        #expect(reversed.rows.map(\.sku) == LocationSequenceRouter().route(walk.steps, in: Self.layout).reversed().map(\.sku))
    }

    @Test func linesWithoutABinComeLastWithAQuestionMark() throws {
        let catalog = try Catalog(Self.skus)
        let doc = PickListDocument(order: Self.order([("GHOST", 1), ("NEAR", 1)]), catalog: catalog,
                                   layout: Self.layout, router: OptimalPickRouter())
        #expect(doc.rows.map(\.bin) == ["A01-B-02-1", "?"])
        #expect(doc.text().contains("Bin ? : the catalogue has no bin for that SKU"))
    }

    @Test func textHasNumberedStopsTotalsAndNoControlCharacters() throws {
        let doc = PickListDocument(orderNumber: "#77", rows: [
            .init(bin: "A01-B-02-1", sku: "NEAR", name: "Near\u{1B}[2J item", quantity: 3),
            .init(bin: "A06-A-09-1", sku: "FAR", name: "Far\titem\n", quantity: 12),
        ], subtitle: "PACK-01 · 2026-11-27")
        #expect(doc.text() == """
            PICK LIST  #77
            PACK-01 · 2026-11-27

                  Stop  Bin         Qty  SKU   Item
            [ ]      1  A01-B-02-1    3  NEAR  Near [2J item
            [ ]      2  A06-A-09-1   12  FAR   Far item

            2 stop(s), 15 unit(s).

            """)
        #expect(!doc.text().unicodeScalars.contains { $0.value == 0x1B })
    }

    private struct Reversed: PickRouter {
        func route(_ steps: [PickStep], in layout: WarehouseLayout) -> [PickStep] {
            LocationSequenceRouter().route(steps, in: layout).reversed()
        }
    }
}
