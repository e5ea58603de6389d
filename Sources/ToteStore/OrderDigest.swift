import ToteCore

/// A stable 64-bit fingerprint (FNV-1a) of everything an import sets on an order, so a
/// re-import can tell "same as stored" from "changed" without re-reading the order.
/// Status, claim and counts are not part of it.
enum OrderDigest {
    static func of(_ order: Order) -> Int64 {
        var h = FNV()
        h.add(order.number); h.add(order.channel); h.add(order.priority); h.add(order.service.rawValue)
        h.add(order.carrier); h.add(order.shipBy); h.add(order.createdAt); h.add(order.paidAt)
        let s = order.shipTo
        for field in [s.name, s.company, s.address1, s.address2, s.city, s.postalCode, s.province, s.country, s.phone] {
            h.add(field)
        }
        h.add(order.customer?.email); h.add(order.customer.map { $0.isFirstOrder ? 1 : 0 })
        h.add(order.isGift ? 1 : 0); h.add(order.giftMessage); h.add(order.notes); h.add(order.currency)
        h.add(order.tags.count)
        for tag in order.tags { h.add(tag) }
        h.add(order.lines.count)
        for l in order.lines {
            h.add(l.lineNumber); h.add(l.sku); h.add(l.name); h.add(l.quantity); h.add(l.unitPriceMinor)
            h.add(l.requiresShipping ? 1 : 0); h.add(l.barcode)
        }
        return Int64(bitPattern: h.value)
    }

    struct FNV {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func byte(_ b: UInt8) {
            value ^= UInt64(b)
            value = value &* 0x0000_0100_0000_01b3
        }

        mutating func add(_ s: String?) {
            guard let s else { byte(0xFE); return }
            for b in s.utf8 { byte(b) }
            byte(0xFF)  // never in UTF-8: separates fields
        }

        mutating func add<I: FixedWidthInteger>(_ n: I?) {
            guard let n else { byte(0xFE); return }
            var v = Int64(n)
            for _ in 0..<8 { byte(UInt8(truncatingIfNeeded: v)); v >>= 8 }
            byte(0xFF)
        }
    }
}
