import ToteCore

/// One row of the audit log: who changed what, where and when, with the state before and after.
public struct AuditEntry: Equatable, Sendable {
    /// Milliseconds since 1970.
    public var at: Int64
    public var station: String
    /// The badge (or packer name) who acted; `import`, `stale-claims`, … for the store's own jobs.
    public var actor: String
    /// What was done: `claim`, `release`, `status`, `pick`, `pack`, `unpack`, `complete`, `cancel`,
    /// `void`, `reprint`, `print`, `user-add`, … (see the README's audit section).
    public var action: String
    public var order: String?
    public var before: String?
    public var after: String?

    public init(at: Int64, station: String, actor: String, action: String, order: String? = nil,
                before: String? = nil, after: String? = nil) {
        self.at = at
        self.station = station
        self.actor = actor
        self.action = action
        self.order = order
        self.before = before
        self.after = after
    }

    /// Appends the entry inside the caller's transaction, so the change and its row commit
    /// together or not at all.
    func insert(_ db: StoreDatabase) throws {
        try db.cachedStatement(sql: """
            INSERT INTO audit_log (at_ms, station, actor, action, order_number, before, after)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [at, station, actor, action, order, before, after])
    }

    /// An order's state as the log shows it: `picking @S1`, or `new` when nobody holds it.
    static func state(_ status: OrderStatus, heldBy station: String?) -> String {
        station.map { "\(status.rawValue) @\($0)" } ?? status.rawValue
    }

    static func fetchAll(_ db: StoreDatabase, order: String) throws -> [AuditEntry] {
        try StoreRow.fetchAll(db, sql: """
            SELECT at_ms, station, actor, action, order_number, before, after FROM audit_log
            WHERE order_number = ? ORDER BY at_ms, id
            """, arguments: [order]).map(Self.init(row:))
    }

    init(row: StoreRow) {
        self.init(at: row["at_ms"], station: row["station"], actor: row["actor"], action: row["action"],
                  order: row["order_number"], before: row["before"], after: row["after"])
    }
}
