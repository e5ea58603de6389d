import Testing
import ToteCore

@Suite struct ShopifyOrderImporterTests {
    @Test func goodExportGivesOrdersCancellationsAndSkips() throws {
        let result = try ImportFixtures.shopify("shopify-orders.csv")
        #expect(result.problems == [])
        #expect(result.orders.map(\.number) == ["#1001", "#1002", "#1005"])
        #expect(result.cancellations == ["#1003"])
        #expect(result.skippedFulfilled == 1)  // #1004
        #expect(result.rejectsText.isEmpty)
    }

    @Test func orderFieldsAreRead() throws {
        let order = try #require(try ImportFixtures.shopify("shopify-orders.csv").orders.first)
        #expect(order.createdAt == ImportTimestamp.parse("2025-03-05 19:22:10 +0000"))
        #expect(order.paidAt == order.createdAt)
        // Created 14:22 local, before the 16:00 cutoff: ships the same day.
        #expect(order.shipBy == ImportTimestamp.parse("2025-03-05 16:00:00 -0500"))
        #expect(order.service == .standard)
        #expect(order.carrier == "UPS")
        #expect(order.channel == "web")
        #expect(order.priority == 1)  // vip
        #expect(order.tags == ["vip", "first-order"])
        #expect(order.customer == Customer(email: "sam@example.com", isFirstOrder: true))
        #expect(order.isGift)
        #expect(order.giftMessage == "Happy birthday, Sam!")
        #expect(order.notes == "Leave at the door, please.\nRing twice")
        #expect(order.currency == "USD")
        #expect(order.shipTo == ShipTo(name: "Sam O'Neil", address1: "12 Elm Street", address2: "Apt 4", city: "Boston",
                                       postalCode: "02134", province: "MA", country: "US", phone: "+1 617-555-0100"))
        #expect(order.lines == [
            OrderLine(lineNumber: 1, sku: "MUG-WHT", name: "Ceramic mug, white", quantity: 2, unitPriceMinor: 1250),
            OrderLine(lineNumber: 2, sku: "TEE-BLK-M", name: "Organic tee, black, M", quantity: 1, unitPriceMinor: 1999),
        ])
    }

    @Test func lineWithoutSKUIsMatchedByNameAndGiftCardIsKeptUnshipped() throws {
        let order = try ImportFixtures.shopify("shopify-orders.csv").orders[1]
        #expect(order.lines.map(\.sku) == ["SOCK-GRY-3639", ""])
        #expect(order.lines.map(\.requiresShipping) == [true, false])
        #expect(order.shippableLines.count == 1)
        #expect(order.service == .express)
        #expect(order.carrier == "DHL")
        #expect(order.priority == 2)
        #expect(order.shipTo.company == "Schäfer GmbH")
        #expect(order.shipTo.city == "München")
        // 18:05 at UTC+1 is 12:05 in the warehouse (UTC-5): before the cutoff.
        #expect(order.shipBy == ImportTimestamp.parse("2025-03-05 16:00:00 -0500"))
    }

    @Test func partlyFulfilledOrderKeepsOnlyOpenLines() throws {
        let order = try ImportFixtures.shopify("shopify-orders.csv").orders[2]
        #expect(order.lines == [OrderLine(lineNumber: 1, sku: "CNDL-CIT-L", name: "Soy candle, yuzu & citrus, 420 g",
                                          quantity: 1, unitPriceMinor: 2400)])
        #expect(order.service == .overnight)
        #expect(order.customer == nil)
        // 17:30 UTC is 12:30 at UTC-5: same day.
        #expect(order.shipBy == ImportTimestamp.parse("2025-03-05 16:00:00 -0500"))
    }

    @Test func badFileReportsEveryProblemWithLineAndColumn() throws {
        let result = try ImportFixtures.shopify("shopify-orders-bad.csv")
        let found = Set(result.problems.map { "\($0.line)|\($0.column)|\($0.key ?? "")" })
        #expect(found == [
            "3|Lineitem quantity|#2002", "4|Lineitem sku|#2002",
            "5|Created at|#2003", "5|Paid at|#2003", "5|Lineitem sku|#2003", "5|Shipping Country|#2003",
        ])
        #expect(result.problems.first { $0.column == "Lineitem quantity" }?.reason.contains("'two'") == true)
        #expect(result.orders.map(\.number) == ["#2001"])
        #expect(result.orders[0].shipTo.postalCode == "22222")
        #expect(result.rejectedKeys == ["#2002", "#2003"])
        #expect(result.problems[0].described(file: "bad.csv").hasPrefix("bad.csv:3: #2002: column 'Lineitem quantity': "))
    }

    @Test func rejectsFileHoldsTheRefusedRowsAndReadsBackTheSame() throws {
        let result = try ImportFixtures.shopify("shopify-orders-bad.csv")
        let again = ShopifyOrderImporter(catalog: ImportFixtures.catalog, shipByRule: ImportFixtures.rule)
            .read(Array(result.rejectsText.utf8))
        #expect(again.rejectedKeys == ["#2002", "#2003"])
        #expect(again.orders.isEmpty)
        #expect(again.problems.count == result.problems.count)
    }

    @Test func missingColumnsRefuseTheFile() {
        let result = ShopifyOrderImporter(catalog: ImportFixtures.catalog, shipByRule: ImportFixtures.rule)
            .read(Array("Name,Email\n#1,a@b.c\n".utf8))
        #expect(result.problems.count == 1)
        #expect(result.problems[0].line == 1)
        #expect(result.problems[0].column == "Created at, Lineitem quantity, Lineitem name, Lineitem sku")
        #expect(result.orders.isEmpty)
    }

    @Test func orderSplitAcrossTheFileIsAProblem() throws {
        let text = """
            Name,Created at,Lineitem quantity,Lineitem name,Lineitem sku,Shipping Name,Shipping Address1,Shipping City,Shipping Country
            #1,2025-03-05 10:00:00 +0000,1,Mug,MUG-WHT,A,1 St,Lund,SE
            #2,2025-03-05 10:00:00 +0000,1,Mug,MUG-WHT,A,1 St,Lund,SE
            #1,,1,Mug,MUG-WHT,,,,
            """
        let result = ShopifyOrderImporter(catalog: ImportFixtures.catalog, shipByRule: ImportFixtures.rule)
            .read(Array(text.utf8))
        #expect(Set(result.problems.map(\.line)) == [4])
        #expect(result.problems[0].reason.contains("appears again"))
        #expect(result.orders.map(\.number) == ["#1", "#2"])
        #expect(result.rejectedKeys == ["#1"])
    }
}
