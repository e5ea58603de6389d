import Testing
@testable import ToteCore

@Suite("Order lifecycle")
struct OrderStatusTests {
    static let order = Order(number: "#1", channel: "web", priority: 0, service: .standard, carrier: "UPS",
                             shipBy: 100, createdAt: 0,
                             shipTo: ShipTo(name: "A", address1: "B", city: "C", postalCode: "1", country: "US"),
                             lines: [OrderLine(lineNumber: 1, sku: "X", name: "X", quantity: 2)])

    @Test func theHappyPathIsLegal() throws {
        var o = Self.order
        for next in [OrderStatus.picking, .picked, .packing, .packed, .labelled, .shipped] { try o.move(to: next) }
        #expect(o.status == .shipped)
    }

    @Test func skippingAStepIsRefused() {
        var o = Self.order
        #expect(throws: IllegalTransition(order: "#1", from: .new, to: .packed)) { try o.move(to: .packed) }
        #expect(o.status == .new)
    }

    @Test func closedOrdersCannotReopenOrBeCancelled() {
        #expect(!OrderStatus.shipped.canMove(to: .cancelled))
        #expect(!OrderStatus.packed.canMove(to: .picking))
        #expect(!OrderStatus.cancelled.canMove(to: .new))
        #expect(OrderStatus.picking.canMove(to: .cancelled))
        #expect(OrderStatus.onHold.canMove(to: .new))
    }

    @Test func openStatusesAreTheStationOnes() {
        #expect(OrderStatus.allCases.filter(\.isOpen) == [.new, .picking, .picked, .packing])
    }

    @Test func queueOrderIsPriorityThenShipByThenAgeThenNumber() {
        func o(_ n: String, p: Int, ship: Int64, created: Int64) -> Order {
            var x = Self.order
            x.number = n
            x.priority = p
            x.shipBy = ship
            x.createdAt = created
            return x
        }
        let orders = [o("#5", p: 0, ship: 10, created: 1), o("#4", p: 0, ship: 10, created: 1), o("#3", p: 0, ship: 10, created: 0),
                      o("#2", p: 0, ship: 5, created: 9), o("#1", p: 2, ship: 99, created: 9)]
        #expect(orders.sorted(by: Order.queueOrder).map(\.number) == ["#1", "#2", "#3", "#4", "#5"])
        #expect(Self.order.unitCount == 2)
    }
}
