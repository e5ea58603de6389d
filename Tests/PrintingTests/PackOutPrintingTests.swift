import Foundation
import Testing
import ToteCore
import TotePrinting
import ToteStore

@Suite(.serialized)
struct PackOutPrintingTests {
    static let carriers = """
        [sscc]
        company_prefix = "0614141"
        [carriers.UPS]
        format = "ups"
        account = "999AA1"
        zones = { "*" = 1 }
        [[carriers.UPS.service]]
        id = "GROUND"
        code = "03"
        transit_days = 3
        cutoff = { mon = "17:00", tue = "17:00", wed = "17:00", thu = "17:00", fri = "17:00" }
        rates = [[30000, 1000]]
        """

    func setup(wording: DocumentWording = DocumentWording()) throws -> (FloorStore, PackOutPrinting) {
        let store = try FloorStore(path: try temporaryFolder().appendingPathComponent("tote.sqlite").path)
        let config = try CarrierConfig.parse(Self.carriers, file: "carriers.toml")
        let p = PackOutPrinting(carrier: LocalCarrierService(config: config, serials: store), tracking: store, queue: store,
                                shipFrom: ShipFrom(name: "Depot", addressLines: ["1 Road"], city: "Town", postalCode: "1", country: "US"),
                                labelPrinter: "zebra", documentPrinter: "laser", documentWording: wording)
        return (store, p)
    }

    /// The slip speaks the shop's language, or the ship-to country's with `followShipTo`; the
    /// shipping label stays as the carrier has it.
    @Test func slipFollowsTheShopOrTheShipToLanguage() throws {
        var french = DocumentLabels.english
        french.packingSlip = "BON DE LIVRAISON"
        french.date = "DATE"
        french.format = LocalFormat(.fr)
        var swedish = DocumentLabels.english
        swedish.packingSlip = "FÖLJESEDEL"
        swedish.format = LocalFormat(.sv)
        let wording = DocumentWording(shop: french, byLanguage: [.fr: french, .sv: swedish], followShipTo: true)
        let (_, p) = try setup(wording: wording)
        let us = try p.completeCarton(order: Self.order, grams: 900, nowMillis: 1_795_791_600_000)
        let usSlip = String(decoding: try #require(us.slipJob).payload, as: UTF8.self)
        // No Swedish or French address: the shop's French, with its date order and decimal comma.
        #expect(usSlip.contains("BON DE LIVRAISON") && usSlip.contains("DATE 27/11/2026") && usSlip.contains("5,00"))
        var toSweden = Self.order
        toSweden.number = "#1002"
        toSweden.shipTo.country = "SE"
        let se = try p.completeCarton(order: toSweden, grams: 900, nowMillis: 1_795_791_600_000)
        let seSlip = String(decoding: try #require(se.slipJob).payload, as: UTF8.self)
        #expect(seSlip.contains("FÖLJESEDEL") && seSlip.contains("2026-11-27"))
        let label = String(decoding: se.labelJob.payload, as: UTF8.self)
        #expect(!label.contains("FÖLJESEDEL") && !label.contains("BON DE LIVRAISON"))
    }

    static let order = Order(number: "#1001", channel: "web", priority: 0, service: .standard, carrier: "UPS", shipBy: 0,
                             createdAt: 0, shipTo: ShipTo(name: "Ann", address1: "1 Main", city: "Portland", postalCode: "97201",
                                                          country: "US"),
                             lines: [OrderLine(lineNumber: 1, sku: "A", name: "Thing", quantity: 1, unitPriceMinor: 500)])

    @Test func repeatedDoneQueuesOneLabelAndOneSlip() throws {
        let (store, p) = try setup()
        let first = try p.completeCarton(order: Self.order, grams: 900, nowMillis: 1_795_791_600_000)
        let tracking = try #require(first.shipment?.trackingNumber)
        #expect(TrackingCheckDigit.isValid(tracking, format: .ups))
        #expect(first.shipment?.sscc.map { GS1CheckDigit.isValid($0) } == true)
        let again = try p.completeCarton(order: Self.order, grams: 900, nowMillis: 1_795_791_600_500)
        #expect(again.shipment == nil && again.labelJob.id == first.labelJob.id && again.slipJob?.id == first.slipJob?.id)
        #expect(try store.jobs(order: "#1001").count == 2)
        let label = String(decoding: first.labelJob.payload, as: UTF8.self)
        #expect(label.contains(tracking) && label.contains(">;>800"))
    }

    /// A rule's return label prints with carton 1's label, once, however often the box closes.
    @Test func aReturnLabelIsQueuedOnceWithTheFirstCarton() throws {
        let (store, p) = try setup()
        _ = try p.completeCarton(order: Self.order, cartonNumber: 1, cartonCount: 2, grams: 900, nowMillis: 1_000,
                                 returnLabel: "dhl-retoure-de")
        _ = try p.completeCarton(order: Self.order, cartonNumber: 2, cartonCount: 2, grams: 900, nowMillis: 1_000,
                                 returnLabel: "dhl-retoure-de")
        _ = try p.completeCarton(order: Self.order, cartonNumber: 1, cartonCount: 2, grams: 900, nowMillis: 2_000,
                                 returnLabel: "dhl-retoure-de")
        let returns = try store.jobs(order: "#1001").filter { $0.kind == .returnLabel }
        #expect(returns.count == 1 && returns[0].carton == 1 && returns[0].printer == "zebra")
        #expect(String(decoding: returns[0].payload, as: UTF8.self).contains("#1001-R"))
    }

    /// A slip missing after the label was queued (a crash between the two, or a document printer
    /// configured since) is queued by the next close, without a second label or booking.
    @Test func aRepeatedCloseMendsAMissingSlip() throws {
        let (store, p) = try setup()
        let labelOnly = PackOutPrinting(carrier: p.carrier, tracking: store, queue: store, shipFrom: p.shipFrom,
                                        labelPrinter: "zebra", documentPrinter: nil)
        let first = try labelOnly.completeCarton(order: Self.order, grams: 900, nowMillis: 1_000)
        #expect(first.slipJob == nil)
        let again = try p.completeCarton(order: Self.order, grams: 900, nowMillis: 2_000)
        #expect(again.shipment == nil && again.labelJob.id == first.labelJob.id)
        #expect(try store.jobs(order: "#1001").filter { $0.kind == .slip }.count == 1)
    }

    /// `tote label` previews: the same service, a specimen number, and nothing booked or spent.
    @Test func aPreviewBooksNothing() throws {
        let (store, _) = try setup()
        let service = LocalCarrierService(config: try CarrierConfig.parse(Self.carriers, file: "carriers.toml"), serials: store)
        let request = ShipmentRequest(orderNumber: "#1001", carrier: "UPS", level: .standard, country: "US", grams: 900,
                                      nowSeconds: 1_795_791_600, cartonNumber: 1)
        let preview = try service.preview(request)
        #expect(try service.preview(request) == preview, "a preview spends no serial")
        #expect(try store.activeTracking(order: "#1001", carton: 1) == nil)
        let booked = try service.ship(request)
        #expect(booked.serviceID == preview.serviceID && booked.trackingNumber != preview.trackingNumber)
        #expect(TrackingCheckDigit.isValid(preview.trackingNumber, format: .ups))
    }

    @Test func voidThenReprintBooksANewTrackingNumber() throws {
        let (store, p) = try setup()
        let first = try p.completeCarton(order: Self.order, grams: 900, nowMillis: 1_000)
        let old = try #require(first.shipment?.trackingNumber)
        #expect(try p.void(order: "#1001", reason: "label torn", supervisor: "sam", nowMillis: 2_000) == old)
        #expect(try store.voidRecord(number: old)?.reason == "label torn")
        #expect(try p.void(order: "#1001", reason: "again", supervisor: "sam", nowMillis: 2_500) == nil)
        let copy = try #require(try p.reprint(order: Self.order, grams: 900, nowMillis: 3_000))
        #expect(copy.copy == 1)
        let text = String(decoding: copy.payload, as: UTF8.self)
        let fresh = try #require(try store.activeTracking(order: "#1001", carton: 1))
        #expect(fresh != old && text.contains(fresh) && !text.contains(old))
        // A plain reprint (tracking still active) prints the same bytes again, counted.
        let copy2 = try #require(try p.reprint(order: Self.order, grams: 900, nowMillis: 4_000))
        #expect(copy2.copy == 2 && copy2.payload == copy.payload)
    }

    @Test func waitingJobsShowAnOfflinePrinter() throws {
        let (_, p) = try setup()
        _ = try p.completeCarton(order: Self.order, grams: 900, nowMillis: 1_000)
        let port = try TestListener.closedPort()
        let worker = PrintQueueWorker(store: p.queue, transports: [
            "zebra": TCPPrinterTransport(printer: "zebra", host: "127.0.0.1", port: port, timeoutMillis: 500),
            "laser": TCPPrinterTransport(printer: "laser", host: "127.0.0.1", port: port, timeoutMillis: 500),
        ])
        let report = try worker.drainOnce(nowMillis: 1_000)
        #expect(report.offlinePrinters == ["zebra", "laser"])
        #expect(try p.waitingJobs().count == 2)
    }
}
