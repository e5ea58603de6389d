import ToteCore

/// Runs effects against the ports (store, label spool, clock) and turns the results into
/// events. The only place the station touches the outside world; tests drive it with an
/// in-memory store or a temporary SQLite file.
public struct EffectRunner: Sendable {
    public let store: OrderStore
    public let spool: LabelSpool
    public let clock: Clock
    public let station: String
    /// Builds the ZPL shipping label of a closed box, with its weighed grams (used when no
    /// printer is configured).
    public let makeLabel: @Sendable (PackOut) -> String
    /// The printers, when the station has a label printer; nil writes labels to `spool`.
    public let printing: ShipmentPrinting?
    /// Where short picks go; nil when the store keeps none (the dialog then reports the error).
    public let shortPicks: ShortPickStore?
    /// Who badges belong to; nil treats every badge as on an open floor.
    public var users: UserDirectory?
    /// Carts for cluster picking; defaults to `store` when it also keeps carts.
    public var carts: CartStore?
    /// The offline journal, when the store keeps the station working through a network drop;
    /// defaults to `store` when it journals. Every store effect then also reports the link.
    public var journal: OfflineJournaling?

    /// - Parameter shortPicks: defaults to `store` when it also keeps short picks.
    public init(store: OrderStore, spool: LabelSpool, clock: Clock, station: String,
                makeLabel: @escaping @Sendable (PackOut) -> String, printing: ShipmentPrinting? = nil,
                shortPicks: ShortPickStore? = nil) {
        self.shortPicks = shortPicks ?? store as? ShortPickStore
        carts = store as? CartStore
        journal = store as? OfflineJournaling
        self.store = store
        self.spool = spool
        self.clock = clock
        self.station = station
        self.makeLabel = makeLabel
        self.printing = printing
    }

    /// What the shop did to `order` lately, as an event when there is something (the loop asks
    /// every few seconds, so a cancellation reaches a packer who is not scanning).
    public func checkFlags(of order: String) -> [AppEvent] {
        guard let flags = try? store.flags(of: order), !flags.isEmpty else { return [] }
        return [.flagsSeen(order: order, flags)]
    }

    /// Sends what the print queue holds (the loop calls this every few seconds, so a printer
    /// that comes back prints its waiting labels by itself).
    public func sendQueuedPrints() -> [AppEvent] {
        guard let printing else { return [] }
        do {
            return [.printRound(try printing.sendQueued(nowMillis: clock.nowMillis()))]
        } catch {
            return [.failed(.labelError, reason: String(describing: error))]
        }
    }

    /// Sends the journal's waiting steps when the server answers, then reports the link and,
    /// once each, the steps the server refused. Nothing when the store keeps no journal.
    /// The loop calls this on every tick, so a station that comes back online says so without
    /// waiting for the packer's next scan; the store must answer at once (never wait on a dead
    /// server here).
    public func syncJournal() -> [AppEvent] {
        guard let journal else { return [] }
        let link = journal.replayWaiting()
        let conflicts = journal.takeConflicts()
        return [.linkChanged(link)] + (conflicts.isEmpty ? [] : [.offlineConflicts(conflicts)])
    }

    /// Runs one effect; `.beep` and `.quit` belong to the terminal loop and yield nothing here.
    /// With a journal, every effect that reached the store is followed by `.linkChanged`, so
    /// the screen shows the drop (and what waits) at the scan that found it.
    /// - Parameter actor: who is signed in (the badge, or the packer's name on an open floor),
    ///   written to the audit log with every change the effect makes; the station id when empty.
    public func run(_ effect: AppEffect, actor: String = "") -> [AppEvent] {
        let events: [AppEvent]
        do {
            events = try perform(effect, actor: actor.isEmpty ? station : actor)
        } catch let offline as StoreOffline {
            events = [.failed(Self.offlineKey(for: effect), reason: offline.description)]
        } catch {
            events = [.failed(.storeError, reason: String(describing: error))]
        }
        guard let journal, effect != .beep, effect != .quit else { return events }
        return events + [.linkChanged(journal.link)]
    }

    /// What the packer reads when a step that needs the server is refused offline.
    static func offlineKey(for effect: AppEffect) -> StringKey {
        switch effect {
        case .claimNext, .claim, .claimCart, .loadCartCandidates, .sortItem: return .storeOfflineClaim
        case .release: return .storeOfflineRelease
        case .loadQueue: return .storeOfflineQueue
        default: return .storeOfflineOther
        }
    }

    private func perform(_ effect: AppEffect, actor: String) throws -> [AppEvent] {
        // The store's `now` is milliseconds (as its `*_ms` columns); ship-by times are seconds.
        let now = clock.nowMillis()
        let nowSeconds = now / 1000
        switch effect {
        case .loadQueue(let offset, let limit, let query):
            let total = try store.count(query)
            // Clamp so a shrinking queue never leaves the window past its end.
            let start = max(0, min(offset, max(0, total - limit)))
            let rows = try store.queue(query, atRiskBefore: nowSeconds + query.riskWindowSeconds, offset: start,
                                       limit: limit)
            return [.queueLoaded(rows: rows, offset: start, total: total), .statusCounted(try store.statusCounts())]
        case .resume:
            if let active = try carts?.activeCart(station: station) {
                return [.cartOpened(cart: active.cart, active.orders, resumed: true)]
            }
            guard let progress = try store.activeOrder(station: station) else { return [] }
            return [.orderOpened(progress, resumed: true)]
        case .claimNext:
            guard let progress = try store.claimNext(station: station, actor: actor, now: now) else { return [.nothingToClaim] }
            return [.orderOpened(progress, resumed: false)]
        case .claim(let order):
            guard let progress = try store.claim(number: order, station: station, actor: actor, now: now) else {
                return [.claimRefused(order: order)]
            }
            return [.orderOpened(progress, resumed: false)]
        case .release(let order):
            try store.release(number: order, station: station, actor: actor, now: now)
            return [.released(order: order)]
        case .record(let scan, let ack):
            let accepted = try store.record(scan)
            // A cheap read after each scan tells the station at once when the shop cancels or
            // changes the order it is working on.
            guard let number = scan.orderNumber, let flags = try store.flags(of: number), !flags.isEmpty else {
                return [.scanRecorded(ack, accepted: accepted)]
            }
            return [.scanRecorded(ack, accepted: accepted), .flagsSeen(order: number, flags)]
        case .move(let order, let from, let to):
            try store.move(number: order, from: from, to: to, station: station, actor: actor, now: now)
            return [.statusMoved(order: order, to: to)]
        case .finish(let packOut):
            let order = packOut.order
            if let flags = try store.flags(of: order.number), flags.cancelRequestedAt != nil {
                return [.flagsSeen(order: order.number, flags)]
            }
            if let printing {
                // Queued before the order is closed: a crash in between leaves it packing with
                // every unit verified, and the repeated DONE queues nothing twice.
                let queued = try printing.queueDocuments(for: packOut, nowMillis: now)
                try store.completePack(number: order.number, station: station, actor: actor,
                                       labelPath: "printer:" + queued.printer, now: now)
                return [.labelQueued(order: order.number, printer: queued.printer, tracking: queued.trackingNumber)]
                    + sendQueuedPrints()
            }
            let path: String
            do {
                path = try spool.spool(zpl: makeLabel(packOut), name: Self.labelName(order.number))
            } catch {
                return [.failed(.labelError, reason: String(describing: error))]
            }
            try store.completePack(number: order.number, station: station, actor: actor, labelPath: path, now: now)
            return [.orderCompleted(order: order.number, labelPath: path)]
        case .recordPickDistance(let number, let metres):
            try store.recordPickDistance(number: number, metres: metres)
            return []
        case .reprint(let number):
            guard let printing, let progress = try store.order(number: number) else {
                return [.reprinted(order: number, queued: false)]
            }
            let queued = try printing.reprintLabel(of: progress.order, nowMillis: now)
            return [.reprinted(order: number, queued: queued)] + (queued ? sendQueuedPrints() : [])
        case .recordShortPick(let short):
            guard let shortPicks else {
                return [.failed(.storeError, reason: "this store keeps no short picks")]
            }
            return [.shortPickRecorded(try shortPicks.recordShortPick(short))]
        case .lookUpBadge(let badge):
            guard let users else { return [.badgeLookedUp(badge: badge, .openFloor)] }
            return [.badgeLookedUp(badge: badge, try users.lookUp(badge: badge))]
        case .loadCartCandidates(let cart):
            let rows = try store.queue(QueueQuery(), atRiskBefore: nowSeconds + QueueQuery().riskWindowSeconds, offset: 0, limit: 24)
            let orders = try rows.filter { $0.status == .new && $0.claimedBy == nil }.compactMap { try store.order(number: $0.number)?.order }
            return [.cartCandidates(cart: cart, orders)]
        case .claimCart(let cart, let orders):
            guard let carts else { return [.failed(.storeError, reason: "this store keeps no carts")] }
            return [.cartOpened(cart: cart, try carts.claimCart(cart, orders: orders, station: station, actor: actor, now: now),
                                resumed: false)]
        case .closeCart(let cart):
            guard let carts else { return [.failed(.storeError, reason: "this store keeps no carts")] }
            return [.cartClosed(cart: cart, orders: try carts.closeCart(cart, station: station, actor: actor, now: now))]
        case .sortItem(let sku):
            guard let carts, let found = try carts.sortItem(sku: sku, station: station, actor: actor, now: now) else {
                return [.nothingToSort(sku: sku)]
            }
            return [.sorted(found.0, cart: found.cart, tote: found.tote)]
        case .beep, .quit:
            return []
        }
    }

    /// A file-system-safe, stable name per order, so a retried DONE replaces its own label.
    public static func labelName(_ orderNumber: String) -> String {
        let safe = orderNumber.unicodeScalars.map { s -> String in
            (s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "-" || s == "_") && s.isASCII
                ? String(s) : "_"
        }.joined()
        return "label-" + safe + ".zpl"
    }
}
