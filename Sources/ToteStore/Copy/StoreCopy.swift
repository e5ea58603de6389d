import Foundation
import ToteCore

/// Moves a whole floor from one store to another (SQLite to PostgreSQL, or back): every table
/// copied in one destination transaction, then verified by row counts and checksums read
/// back from both.
///
/// The destination must be empty (freshly migrated). Tables the schema's triggers keep
/// (`derivedTables`) are emptied after the base tables went in, then copied as they are, so the
/// aggregates match the source exactly rather than being recomputed from today's rows.
/// Stations should be stopped while a floor moves; claims, counts and logs move as they are,
/// so the stations resume on the new store where they were.
public enum StoreCopy {
    /// Base tables in foreign-key order, with the order that keeps each table's insertion
    /// order where the store reads it back by `rowid`.
    static let baseTables: [(name: String, order: String)] = [
        ("sku", "rowid"), ("sku_barcode", "rowid"), ("sku_bin", "sku, position"), ("users", "badge"),
        ("orders", "number"), ("order_line", "order_number, line"), ("pack_check", "order_number, key"),
        ("scan", "id"), ("order_event", "id"), ("print_job", "id"), ("tracking_serial", "carrier, account"),
        ("tracking_number", "rowid"), ("recount_task", "id"), ("short_pick", "id"), ("audit_log", "id"),
    ]
    /// Tables triggers write when base rows go in.
    static let derivedTables: [(name: String, order: String)] = [
        ("scan_minute", "minute, station, packer, outcome"), ("scan_exception", "scan_id"), ("packed_order", "order_number"),
    ]
    /// Tables whose `id` an identity sequence hands out on PostgreSQL.
    static let identityTables = ["scan", "order_event", "print_job", "recount_task", "short_pick", "audit_log"]

    static var allTables: [(name: String, order: String)] { baseTables + derivedTables }

    /// Copies `source` into the empty `destination` and verifies the copy.
    /// - Parameter progress: called with each table's name and rows as it is copied.
    /// - Throws: `StoreCopyError.destinationNotEmpty` (nothing written), or the engine's error
    ///   (the destination transaction rolled back whole).
    /// - Returns: per table, rows and checksums on both sides; check `verified`.
    public static func copy(from source: FloorStore, to destination: FloorStore,
                            progress: (String, Int) -> Void = { _, _ in }) throws -> StoreCopyReport {
        let snapshot = try source.engine.read { db in
            try allTables.map { table in
                (table.name, try StoreRow.fetchAll(db, sql: "SELECT * FROM \(table.name) ORDER BY \(table.order)"))
            }
        }
        try destination.engine.write { db in
            let occupied = try allTables.compactMap { table -> String? in
                let n = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table.name)") ?? 0
                return n > 0 ? "\(table.name) has \(n) rows" : nil
            }
            guard occupied.isEmpty else { throw StoreCopyError.destinationNotEmpty(destination.path, occupied) }
            for (name, rows) in snapshot {
                if derivedTables.contains(where: { $0.name == name }) {
                    try db.execute(sql: "DELETE FROM \(name)")
                }
                try insert(rows, into: name, db)
                progress(name, rows.count)
            }
            if db.dialect == .postgres {
                for name in identityTables {
                    // Ids were copied as they were; the next id the sequence gives must follow them.
                    _ = try StoreRow.fetchAll(db, sql: """
                        SELECT setval(pg_get_serial_sequence('\(name)', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM \(name)
                        """)
                }
            }
        }
        return try verify(source, destination)
    }

    /// Compares every table of two stores by row count and checksum, each read in one snapshot.
    public static func verify(_ source: FloorStore, _ destination: FloorStore) throws -> StoreCopyReport {
        let before = try summary(source)
        let after = try summary(destination)
        return StoreCopyReport(tables: zip(allTables, zip(before, after)).map { table, sides in
            StoreCopyReport.Table(name: table.name, sourceRows: sides.0.rows, destinationRows: sides.1.rows,
                                  sourceChecksum: sides.0.checksum, destinationChecksum: sides.1.checksum)
        })
    }

    private static func summary(_ store: FloorStore) throws -> [(rows: Int, checksum: String)] {
        try store.engine.read { db in
            try allTables.map { table in
                let rows = try StoreRow.fetchAll(db, sql: "SELECT * FROM \(table.name)")
                return (rows.count, checksum(rows))
            }
        }
    }

    /// Rows in batches of one multi-row INSERT each (far fewer round trips to a server).
    private static func insert(_ rows: [StoreRow], into table: String, _ db: StoreDatabase) throws {
        guard let first = rows.first else { return }
        // PostgreSQL's own `rowid` identity is left to the server (filled in the copy's order).
        let columns = first.columns.filter { $0 != "rowid" }
        let perRow = "(" + columns.map { _ in "?" }.joined(separator: ", ") + ")"
        let batch = max(1, 4_000 / max(1, columns.count))
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(rows.count, start + batch)]
            let sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
                + Array(repeating: perRow, count: chunk.count).joined(separator: ", ")
            var arguments = StoreArguments()
            for row in chunk { arguments += StoreArguments(columns.map { row.value($0) }) }
            try db.execute(sql: sql, arguments: arguments)
            start += batch
        }
    }

    /// A digest of a table's rows that neither the engine nor the row order changes: each row's
    /// columns (by name, `rowid` left out) hashed, the row hashes sorted, then hashed together.
    static func checksum(_ rows: [StoreRow]) -> String {
        let rowHashes = rows.map { row -> [UInt8] in
            var bytes: [UInt8] = []
            for (column, value) in zip(row.columns, row.values).sorted(by: { $0.0 < $1.0 }) where column != "rowid" {
                bytes += Array(column.utf8) + [0]
                bytes += canonical(value) + [0]
            }
            return SHA256.hash(bytes)
        }.sorted { $0.lexicographicallyPrecedes($1) }
        return SHA256.hash(rowHashes.joined()).prefix(12).map { String(format: "%02x", $0) }.joined()
    }

    private static func canonical(_ value: StoreValue) -> [UInt8] {
        switch value {
        case .null: return [0xFF]
        case .integer(let i): return Array("i\(i)".utf8)
        case .real(let d): return Array("r\(d)".utf8)
        case .text(let s): return Array("t".utf8) + Array(s.utf8)
        case .blob(let b): return Array("b".utf8) + b
        }
    }
}
