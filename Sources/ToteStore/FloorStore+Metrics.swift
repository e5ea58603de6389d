import ToteCore

extension FloorStore {
    /// Open statuses as SQL literals: the v5 partial indexes are used only when a query names
    /// the same literal list (bound parameters cannot prove the index applies). Constants from
    /// `OrderStatus`, never user input.
    static let openStatusLiterals = OpenStatuses.names.map { "'\($0)'" }.joined(separator: ", ")

    /// The dashboard's facts for `window`, read in one snapshot from v5's aggregate tables and
    /// indexes: cost grows with the stations and orders of the window, not with the scan log.
    /// - Parameters:
    ///   - window: milliseconds since 1970.
    ///   - now: milliseconds since 1970 (stale claims are judged against it).
    ///   - horizonSeconds: open orders due up to this (seconds since 1970) feed the forecast.
    ///   - staleAfterMillis: a claim silent for longer is reported as a stale claim.
    public func dashboardFacts(window: MetricsWindow, now: Int64, horizonSeconds: Int64,
                               staleAfterMillis: Int64) throws -> DashboardFacts {
        try engine.read { db in
            var facts = DashboardFacts()
            facts.packed = try Self.packedOrders(db, window)
            facts.shiftScans = try Self.scanActivity(db, window)
            facts.hourScans = try Self.scanActivity(db, MetricsWindow(from: max(window.from, window.to - 3_600_000), to: window.to))
            facts.stations = try Self.stations(db, seen: facts.shiftScans.map(\.station) + facts.packed.map(\.station))
            let counted = DashboardCalculator.queueStatuses.map(\.rawValue)
            for row in try StoreRow.fetchAll(db, sql: """
                SELECT status, COUNT(*) AS n FROM orders WHERE status IN (\(counted.map { _ in "?" }.joined(separator: ", ")))
                GROUP BY status
                """, arguments: StoreArguments(counted)) {
                facts.statusCounts[row["status"]] = row["n"]
            }
            facts.carriers = try StoreRow.fetchAll(db, sql: """
                SELECT carrier, service, COUNT(*) AS n FROM orders WHERE status IN (\(Self.openStatusLiterals))
                GROUP BY carrier, service
                """).map { DashboardFacts.CarrierCount(carrier: $0["carrier"], service: $0["service"], orders: $0["n"]) }
            facts.dueOrders = try StoreRow.fetchAll(db, sql: """
                SELECT number, ship_by, claimed_by FROM orders
                WHERE status IN (\(Self.openStatusLiterals)) AND ship_by <= ? ORDER BY ship_by, number
                """, arguments: [horizonSeconds]).map {
                DashboardFacts.OpenOrder(number: $0["number"], shipBy: $0["ship_by"], claimedBy: $0["claimed_by"])
            }
            facts.exceptions = try Self.exceptions(db, window: window, staleBefore: now - staleAfterMillis)
            facts.labelPrintFailures = facts.exceptions.filter { $0.kind == .failedPrint }.count
            return facts
        }
    }

    /// All-time counters for `/metrics` (the forecast's `cutoffAtRisk` is left 0 for the caller).
    public func metricsTotals() throws -> MetricsTotals {
        try engine.read { db in
            var totals = MetricsTotals()
            totals.packed = try StoreRow.fetchAll(db, sql: """
                SELECT station, packer, COUNT(*) AS orders, SUM(units) AS units FROM packed_order GROUP BY station, packer
                """).map { MetricsTotals.Packed(station: $0["station"], packer: $0["packer"], orders: $0["orders"], units: $0["units"]) }
            for row in try StoreRow.fetchAll(db, sql: "SELECT outcome, SUM(scans) AS n FROM scan_minute GROUP BY outcome") {
                totals.scansByOutcome[row["outcome"]] = row["n"]
            }
            for row in try StoreRow.fetchAll(db, sql: "SELECT status, COUNT(*) AS n FROM orders GROUP BY status") {
                totals.queueDepth[row["status"]] = row["n"]
            }
            totals.pickDistanceMetres = try Double.fetchOne(db, sql: """
                SELECT COALESCE(SUM(pick_distance_m), 0) FROM orders
                """) ?? 0
            totals.labelPrintFailures = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM print_job WHERE kind = 'label' AND status = 'failed'
                """) ?? 0
            for status in OrderStatus.allCases where totals.queueDepth[status.rawValue] == nil {
                totals.queueDepth[status.rawValue] = 0
            }
            return totals
        }
    }

    /// Appends a history of scans and packed orders in one transaction, as stations would have
    /// logged them: for benches and for bringing over another system's log. Counts on order
    /// lines are not touched; each packed order gets its claim, picked, packing and packed events
    /// (milliseconds since 1970) and moves to `packed`. The v5 triggers keep the aggregates.
    public func appendActivityLog(scans: [ScanRecord], packed: [PackedHistory]) throws {
        try engine.write { db in
            for scan in scans { try ScanRow.insert(scan, outcome: scan.outcome, db) }
            for order in packed {
                let steps: [(OrderStatus, OrderStatus, Int64)] = [
                    (.new, .picking, order.claimedAt), (.picking, .picked, order.pickedAt),
                    (.picked, .packing, order.pickedAt), (.packing, .packed, order.packedAt),
                ]
                for (from, to, at) in steps {
                    try OrderEventRecord.insert(order: order.number, from: from, to: to, station: order.station, atMillis: at, db)
                }
                try db.cachedStatement(sql: """
                    UPDATE orders SET status = 'packed', packed_at = ?, claimed_by = NULL, claimed_at = NULL WHERE number = ?
                    """).execute(arguments: [order.packedAt, order.number])
            }
        }
    }

    /// One order's packing history for `appendActivityLog`; times in milliseconds since 1970.
    public struct PackedHistory: Sendable {
        public var number: String
        public var station: String
        public var claimedAt: Int64
        public var pickedAt: Int64
        public var packedAt: Int64

        public init(number: String, station: String, claimedAt: Int64, pickedAt: Int64, packedAt: Int64) {
            self.number = number
            self.station = station
            self.claimedAt = claimedAt
            self.pickedAt = pickedAt
            self.packedAt = packedAt
        }
    }

    private static func packedOrders(_ db: StoreDatabase, _ window: MetricsWindow) throws -> [DashboardFacts.PackedOrder] {
        try StoreRow.fetchAll(db, sql: """
            SELECT packed_order.*, COALESCE(orders.pick_distance_m, 0) AS metres
            FROM packed_order LEFT JOIN orders ON orders.number = packed_order.order_number
            WHERE packed_at_ms >= ? AND packed_at_ms < ? ORDER BY packed_at_ms, order_number
            """, arguments: [window.from, window.to]).map { row in
            DashboardFacts.PackedOrder(number: row["order_number"], station: row["station"], packer: row["packer"],
                                       packedAt: row["packed_at_ms"], workMillis: row["work_ms"],
                                       pickMillis: row["pick_ms"], packMillis: row["pack_ms"],
                                       lines: row["lines"], units: row["units"], bins: row["bins"],
                                       metres: row["metres"])
        }
    }

    /// Per station and packer: scans, mis-scans, active and spanned minutes in `window` (whole
    /// minutes touching it).
    private static func scanActivity(_ db: StoreDatabase, _ window: MetricsWindow) throws -> [DashboardFacts.ScanActivity] {
        let first = window.from.floorDivided(by: 60_000)
        let last = (window.to - 1).floorDivided(by: 60_000)
        return try StoreRow.fetchAll(db, sql: """
            SELECT station, packer, SUM(scans) AS scans,
                   SUM(CASE WHEN outcome = 'accepted' THEN 0 ELSE scans END) AS mis,
                   COUNT(DISTINCT minute) AS active, MAX(minute) - MIN(minute) + 1 AS span
            FROM scan_minute WHERE minute BETWEEN ? AND ? GROUP BY station, packer ORDER BY station, packer
            """, arguments: [first, last]).map { row in
            DashboardFacts.ScanActivity(station: row["station"], packer: row["packer"], scans: row["scans"],
                                        misScans: row["mis"], activeMinutes: row["active"], spanMinutes: row["span"])
        }
    }

    /// Each station seen in the window or holding an order: its last scan and current order.
    private static func stations(_ db: StoreDatabase, seen: [String]) throws -> [DashboardFacts.Station] {
        var names = Set(seen)
        names.formUnion(try String.fetchAll(db, sql: """
            SELECT DISTINCT claimed_by FROM orders WHERE claimed_by IS NOT NULL AND status IN (\(Self.openStatusLiterals))
            """))
        return try names.sorted().map { name in
            let last = try StoreRow.fetchOne(db, sql: """
                SELECT packer, at_ms FROM scan WHERE station = ? ORDER BY at_ms DESC LIMIT 1
                """, arguments: [name])
            var station = DashboardFacts.Station(station: name, packer: last?["packer"] ?? "", lastScanAt: last?["at_ms"])
            if let current = try StoreRow.fetchOne(db, sql: """
                SELECT number, claimed_at FROM orders WHERE claimed_by = ? AND status IN (\(Self.openStatusLiterals))
                ORDER BY claimed_at DESC, number LIMIT 1
                """, arguments: [name]) {
                let number: String = current["number"]
                station.currentOrder = number
                station.openedAt = try Int64.fetchOne(db, sql: """
                    SELECT MAX(at_ms) FROM order_event WHERE order_number = ? AND to_status = 'picking'
                    """, arguments: [number]) ?? current["claimed_at"]
            }
            return station
        }
    }

    private static func exceptions(_ db: StoreDatabase, window: MetricsWindow, staleBefore: Int64) throws -> [DashboardFacts.Exception] {
        var out: [DashboardFacts.Exception] = []
        for row in try StoreRow.fetchAll(db, sql: """
            SELECT number, status, claimed_by FROM orders WHERE status IN ('on_hold', 'exception')
            """) {
            let status: String = row["status"]
            out.append(.init(kind: status == "on_hold" ? .onHold : .exception, order: row["number"], station: row["claimed_by"]))
        }
        for row in try StoreRow.fetchAll(db, sql: """
            SELECT number, claimed_by, claimed_at FROM orders WHERE claimed_by IS NOT NULL AND claimed_at < ?
            """, arguments: [staleBefore]) {
            out.append(.init(kind: .staleClaim, order: row["number"], station: row["claimed_by"], at: row["claimed_at"]))
        }
        for row in try StoreRow.fetchAll(db, sql: """
            SELECT number, claimed_by, changed_while_claimed_at, cancel_requested_at FROM orders
            WHERE changed_while_claimed_at IS NOT NULL OR cancel_requested_at IS NOT NULL
            """) {
            if let at: Int64 = row["cancel_requested_at"] {
                out.append(.init(kind: .cancelledInShop, order: row["number"], station: row["claimed_by"], at: at))
            } else {
                out.append(.init(kind: .changedInShop, order: row["number"], station: row["claimed_by"],
                                 at: row["changed_while_claimed_at"]))
            }
        }
        // Labels the print queue gave up on (after its retries): a supervisor reprints or voids.
        for row in try StoreRow.fetchAll(db, sql: """
            SELECT order_number, printer, MAX(created_ms) AS at FROM print_job
            WHERE kind = 'label' AND status = 'failed' GROUP BY order_number, printer ORDER BY at
            """) {
            out.append(.init(kind: .failedPrint, order: row["order_number"], station: row["printer"], at: row["at"]))
        }
        for row in try StoreRow.fetchAll(db, sql: """
            SELECT order_number, station, at_ms, what FROM scan_exception
            WHERE at_ms >= ? AND at_ms < ? AND order_number IS NOT NULL ORDER BY at_ms
            """, arguments: [window.from, window.to]) {
            let what: String = row["what"]
            out.append(.init(kind: what == "short_pick" ? .shortPick : .damaged, order: row["order_number"],
                             station: row["station"], at: row["at_ms"]))
        }
        // Scans a station took offline that the server refused on replay (the journal's keys
        // start with `offline:`).
        for row in try StoreRow.fetchAll(db, sql: """
            SELECT order_number, station, MAX(at_ms) AS at FROM scan
            WHERE client_key LIKE ? AND outcome = ? AND at_ms >= ? AND at_ms < ? AND order_number IS NOT NULL
            GROUP BY order_number, station ORDER BY at
            """, arguments: [OfflineJournal.offlineKeyPrefix + "%", refusedOutcome, window.from, window.to]) {
            out.append(.init(kind: .offlineConflict, order: row["order_number"], station: row["station"], at: row["at"]))
        }
        return out
    }
}

extension Int64 {
    /// Division rounding toward minus infinity.
    func floorDivided(by d: Int64) -> Int64 {
        let q = self / d
        return (self % d != 0 && (self < 0) != (d < 0)) ? q - 1 : q
    }
}
