import ToteCore
import TotePrinting
import ToteStore

/// `LabelDesk` for the supervisor: REPRINT and VOID through the same pack-out printing the
/// stations use, so a reprint lands in the print queue and a voided number is never reused.
struct SupervisorLabels: LabelDesk {
    let packOut: PackOutPrinting
    let store: FloorStore
    let catalog: Catalog

    func reprintLabel(of order: String, nowMillis: Int64) throws -> Bool {
        guard let progress = try store.order(number: order) else { return false }
        let grams = progress.order.shippableLines.reduce(0) {
            $0 + (catalog.sku(code: $1.sku)?.weightGrams ?? 0) * $1.quantity
        }
        return try packOut.reprint(order: progress.order, grams: grams, nowMillis: nowMillis) != nil
    }

    func voidLabel(of order: String, reason: String, supervisor: String, nowMillis: Int64) throws -> String? {
        try packOut.void(order: order, reason: reason, supervisor: supervisor, nowMillis: nowMillis)
    }
}
