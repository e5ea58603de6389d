import Foundation
import ToteCore

/// Builds an order's 4x6 shipping label. Tracking numbers here are local references; real
/// carrier formats arrive with the carriers work.
struct LabelMaker: Sendable {
    let shipFrom: ShipFrom
    let clock: Clock

    /// The label of `packOut` for the spool folder: one label for the shipment, weighing what
    /// its boxes weighed on the scale (what the plan expects when nobody weighed).
    func zpl(for packOut: PackOut) -> String {
        let order = packOut.order
        let grams = packOut.boxes.reduce(0) { $0 + $1.grams }
        let date = Date(timeIntervalSince1970: Double(clock.nowMillis()) / 1000)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        let label = ShippingLabel(order: order, shipFrom: shipFrom, weightGrams: grams, date: formatter.string(from: date),
                                  trackingNumber: Self.trackingReference(order.number))
        return ZPLWriter.shippingLabel(label)
    }

    /// "TOTE" + the order's digits (10 wide) + a GS1 check digit: stable per order.
    static func trackingReference(_ orderNumber: String) -> String {
        let digits = String(orderNumber.filter(\.isASCII).filter(\.isNumber).suffix(10))
        let padded = String(repeating: "0", count: 10 - digits.count) + digits
        return "TOTE" + GS1CheckDigit.appending(to: padded)
    }
}
