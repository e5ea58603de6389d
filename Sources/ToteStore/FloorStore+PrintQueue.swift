import Foundation
import ToteCore

extension FloorStore: PrintQueueStore {
    /// The actor the audit names for print jobs: the print queue's API carries no badge; the
    /// row's station is the printer, and the station's own rows around it say who packed.
    public static let printQueueActor = "print-queue"

    public func enqueue(_ job: PrintJob, nowMillis: Int64) throws -> PrintJob {
        try engine.write { db in
            try db.execute(sql: """
                INSERT INTO print_job (job_key, order_number, carton, kind, copy, printer, payload, status, attempts,
                                       next_attempt_ms, created_ms)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?)
                ON CONFLICT (job_key) DO NOTHING
                """, arguments: [job.key, job.orderNumber, job.carton, job.kind.rawValue, job.copy, job.printer,
                                 Data(job.payload), nowMillis, nowMillis])
            if db.changesCount > 0 {
                try AuditEntry(at: nowMillis, station: job.printer, actor: Self.printQueueActor, action: "print", order: job.orderNumber,
                               after: "\(job.kind.rawValue) carton \(job.carton) copy \(job.copy) queued for \(job.printer)").insert(db)
            }
            return try Self.fetchJob(db, where: "job_key = ?", [job.key])!
        }
    }

    public func reprint(order: String, carton: Int, kind: DocumentKind, payload: [UInt8]?, nowMillis: Int64) throws -> PrintJob? {
        try engine.write { db -> PrintJob? in
            guard let newest = try Self.fetchJob(db, where: "order_number = ? AND carton = ? AND kind = ? ORDER BY copy DESC",
                                                 [order, carton, kind.rawValue]) else { return nil }
            let copy = PrintJob(orderNumber: order, carton: carton, kind: kind, copy: newest.copy + 1, printer: newest.printer,
                                payload: payload ?? newest.payload)
            try db.execute(sql: """
                INSERT INTO print_job (job_key, order_number, carton, kind, copy, printer, payload, status, attempts,
                                       next_attempt_ms, created_ms)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?)
                """, arguments: [copy.key, order, carton, kind.rawValue, copy.copy, copy.printer, Data(copy.payload),
                                 nowMillis, nowMillis])
            try AuditEntry(at: nowMillis, station: copy.printer, actor: Self.printQueueActor, action: "reprint", order: order,
                           before: "\(kind.rawValue) carton \(carton) copy \(newest.copy)",
                           after: "\(kind.rawValue) carton \(carton) copy \(copy.copy) queued for \(copy.printer)").insert(db)
            return try Self.fetchJob(db, where: "job_key = ?", [copy.key])
        }
    }

    public func claimDue(printers: [String], nowMillis: Int64, leaseMillis: Int64) throws -> PrintJob? {
        guard !printers.isEmpty else { return nil }
        let marks = Array(repeating: "?", count: printers.count).joined(separator: ", ")
        return try engine.write { db in
            let args = StoreArguments(printers) + [nowMillis, nowMillis - leaseMillis]
            guard let id = try Int64.fetchOne(db, sql: """
                SELECT id FROM print_job
                WHERE printer IN (\(marks))
                  AND ((status = 'queued' AND next_attempt_ms <= ?) OR (status = 'sent' AND sent_at_ms <= ?))
                ORDER BY next_attempt_ms, id LIMIT 1
                """, arguments: args) else { return nil }
            try db.execute(sql: "UPDATE print_job SET status = 'sent', sent_at_ms = ? WHERE id = ?", arguments: [nowMillis, id])
            return try Self.fetchJob(db, where: "id = ?", [id])
        }
    }

    /// The printer took job `id`. When that was the last first-copy label of a packed order, the
    /// order moves on to `labelled` in the same transaction: `packed` means "in the box, label
    /// waiting", so an order whose printer is offline never looks further along than it is.
    public func markDone(id: Int64, nowMillis: Int64) throws {
        try engine.write { db in
            try db.execute(sql: "UPDATE print_job SET status = 'done', done_at_ms = ?, last_error = NULL WHERE id = ? AND status = 'sent'",
                           arguments: [nowMillis, id])
            guard db.changesCount > 0,
                  let row = try StoreRow.fetchOne(db, sql: "SELECT order_number, kind, printer FROM print_job WHERE id = ?", arguments: [id]),
                  (row["kind"] as String) == DocumentKind.label.rawValue else { return }
            let number: String = row["order_number"]
            let waiting = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM print_job WHERE order_number = ? AND kind = ? AND copy = 0 AND status <> 'done'
                """, arguments: [number, DocumentKind.label.rawValue]) ?? 0
            guard waiting == 0 else { return }
            try db.execute(sql: "UPDATE orders SET status = 'labelled' WHERE number = ? AND status = 'packed'", arguments: [number])
            if db.changesCount > 0 {
                try OrderEventRecord.insert(order: number, from: .packed, to: .labelled, station: "printer:" + (row["printer"] as String),
                                            atMillis: nowMillis, db)
            }
        }
    }

    public func markFailed(id: Int64, error: String, retryAtMillis: Int64, giveUp: Bool) throws {
        try engine.write { db in
            try db.execute(sql: """
                UPDATE print_job SET status = ?, attempts = attempts + 1, next_attempt_ms = ?, last_error = ?
                WHERE id = ? AND status = 'sent'
                """, arguments: [giveUp ? "failed" : "queued", retryAtMillis, String(error.prefix(1000)), id])
        }
    }

    public func pendingJobs(printer: String) throws -> [PrintJob] {
        try engine.read { db in
            try Self.fetchJobs(db, where: "printer = ? AND status <> 'done' ORDER BY id", [printer])
        }
    }

    public func jobs(order: String) throws -> [PrintJob] {
        try engine.read { db in
            try Self.fetchJobs(db, where: "order_number = ? ORDER BY id", [order])
        }
    }

    /// Puts every `failed` job of `printer` back in the queue, due now; returns how many.
    public func retryFailed(printer: String, nowMillis: Int64) throws -> Int {
        try engine.write { db in
            try db.execute(sql: "UPDATE print_job SET status = 'queued', attempts = 0, next_attempt_ms = ? WHERE printer = ? AND status = 'failed'",
                           arguments: [nowMillis, printer])
            return db.changesCount
        }
    }

    private static let columns = """
        id, job_key, order_number, carton, kind, copy, printer, payload, status, attempts, next_attempt_ms, last_error, created_ms
        """

    private static func fetchJob(_ db: StoreDatabase, where clause: String, _ args: StoreArguments) throws -> PrintJob? {
        try fetchJobs(db, where: clause + " LIMIT 1", args).first
    }

    private static func fetchJobs(_ db: StoreDatabase, where clause: String, _ args: StoreArguments) throws -> [PrintJob] {
        try StoreRow.fetchAll(db, sql: "SELECT \(columns) FROM print_job WHERE \(clause)", arguments: args).map { row in
            let key: String = row["job_key"]
            let kind: DocumentKind = try StoreDataError.decode(row["kind"], column: "print_job.kind", key: key)
            let status: PrintJobStatus = try StoreDataError.decode(row["status"], column: "print_job.status", key: key)
            let payload: Data = row["payload"]
            return PrintJob(id: row["id"], orderNumber: row["order_number"], carton: row["carton"], kind: kind, copy: row["copy"],
                            printer: row["printer"], payload: [UInt8](payload), status: status, attempts: row["attempts"],
                            nextAttemptMillis: row["next_attempt_ms"], lastError: row["last_error"], createdMillis: row["created_ms"])
        }
    }
}
