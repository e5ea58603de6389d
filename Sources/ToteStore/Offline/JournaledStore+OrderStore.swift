import Foundation
import ToteCore

extension JournaledStore {
    public func loadCatalog() throws -> Catalog {
        lock.lock()
        defer { lock.unlock() }
        return try inner.loadCatalog()
    }

    public func queue(_ query: QueueQuery, atRiskBefore: Int64, offset: Int, limit: Int) throws -> [QueueRow] {
        lock.lock()
        defer { lock.unlock() }
        return try needsServer("show the queue") {
            try inner.queue(query, atRiskBefore: atRiskBefore, offset: offset, limit: limit)
        }
    }

    public func count(_ query: QueueQuery) throws -> Int {
        lock.lock()
        defer { lock.unlock() }
        return try needsServer("count the queue") { try inner.count(query) }
    }

    public func statusCounts() throws -> [OrderStatus: Int] {
        lock.lock()
        defer { lock.unlock() }
        return try needsServer("count the queue") { try inner.statusCounts() }
    }

    public func claimNext(station: String, actor: String, now: Int64) throws -> OrderProgress? {
        lock.lock()
        defer { lock.unlock() }
        return remember(try needsServer("claim a new order") { try inner.claimNext(station: station, actor: actor, now: now) })
    }

    public func claim(number: String, station: String, actor: String, now: Int64) throws -> OrderProgress? {
        lock.lock()
        defer { lock.unlock() }
        // Offline, the order in hand can be taken up again (a resumed station does).
        if offline, let held, held.order.number == number, held.claimedBy == station { return held }
        return remember(try needsServer("claim order \(number)") {
            try inner.claim(number: number, station: station, actor: actor, now: now)
        })
    }

    public func release(number: String, station: String, actor: String, now: Int64) throws {
        lock.lock()
        defer { lock.unlock() }
        try needsServer("give order \(number) back") {
            try inner.release(number: number, station: station, actor: actor, now: now)
        }
        if held?.order.number == number { held = nil }
    }

    public func activeOrder(station: String) throws -> OrderProgress? {
        lock.lock()
        defer { lock.unlock() }
        return try serverOrLocal({ remember(try inner.activeOrder(station: station)) }) {
            guard let held, held.claimedBy == station, held.order.status.isOpen else { return nil }
            return held
        }
    }

    public func record(_ scan: ScanRecord) throws -> Bool {
        lock.lock()
        defer { lock.unlock() }
        var scan = scan
        if !offline {
            // Sent with a key: when the connection drops while its COMMIT is on the way, nobody
            // knows whether it counted, and the journal's replay under the same key counts it at
            // most once either way.
            var sent = scan
            if sent.journalKey == nil { sent.journalKey = "live:\(station):\(UUID().uuidString)" }
            do {
                let accepted = try inner.record(sent)
                if accepted, let effect = scan.effect, let held, held.order.number == scan.orderNumber {
                    self.held = held.applying(effect, station: scan.station) ?? held
                }
                return accepted
            } catch let error as StoreUnavailable {
                goOffline(error)
                scan = sent
            }
        }
        var accepted = true
        var next = held
        if let effect = scan.effect {
            if let held, held.order.number == scan.orderNumber, let after = held.applying(effect, station: scan.station) {
                next = after
            } else {
                accepted = false
            }
        }
        try append(.scan(scan, accepted: accepted), holding: next)
        return accepted
    }

    public func move(number: String, from: OrderStatus, to: OrderStatus, station: String, actor: String, now: Int64) throws {
        lock.lock()
        defer { lock.unlock() }
        try serverOrLocal({
            try inner.move(number: number, from: from, to: to, station: station, actor: actor, now: now)
            if held?.order.number == number { held?.order.status = to }
        }) {
            guard var progress = held, progress.order.number == number else {
                throw StoreOffline(action: "move order \(number)", reason: lastReason)
            }
            guard progress.order.status == from, from.canMove(to: to) else {
                throw StoreError.illegal(IllegalTransition(order: number, from: progress.order.status, to: to))
            }
            progress.order.status = to
            try append(.move(order: number, from: from, to: to, actor: actor, now: now), holding: progress)
        }
    }

    public func recordPickDistance(number: String, metres: Double) throws {
        lock.lock()
        defer { lock.unlock() }
        try serverOrLocal({ try inner.recordPickDistance(number: number, metres: metres) }) {
            try append(.pickDistance(order: number, metres: metres), holding: held)
        }
    }

    public func order(number: String) throws -> OrderProgress? {
        lock.lock()
        defer { lock.unlock() }
        return try serverOrLocal({ remember(try inner.order(number: number)) }) {
            guard let held, held.order.number == number else {
                throw StoreOffline(action: "open order \(number)", reason: lastReason)
            }
            return held
        }
    }

    public func flags(of number: String) throws -> OrderFlags? {
        lock.lock()
        defer { lock.unlock() }
        // Offline there is no news from the shop: the flags last seen.
        return try serverOrLocal({ try inner.flags(of: number) }) {
            held?.order.number == number ? held?.flags : OrderFlags()
        }
    }

    public func completePack(number: String, station: String, actor: String, labelPath: String, now: Int64) throws {
        lock.lock()
        defer { lock.unlock() }
        try serverOrLocal({
            try inner.completePack(number: number, station: station, actor: actor, labelPath: labelPath, now: now)
            if held?.order.number == number { held = nil }
        }) {
            guard held?.order.number == number else {
                throw StoreOffline(action: "close the box of \(number)", reason: lastReason)
            }
            try append(.complete(order: number, actor: actor, labelPath: labelPath, now: now), holding: nil)
        }
    }

    public func isEmpty() throws -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return try needsServer("read the store") { try inner.isEmpty() }
    }

    public func replaceAll(catalog: [SKU], orders: [Order]) throws {
        lock.lock()
        defer { lock.unlock() }
        try needsServer("replace the store's data") { try inner.replaceAll(catalog: catalog, orders: orders) }
    }
}
