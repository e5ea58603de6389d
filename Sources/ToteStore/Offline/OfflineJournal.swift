import Foundation
import GRDB
import ToteCore

/// The station's local journal: a small SQLite file that holds, in order, the steps taken while
/// the store's server was unreachable, the order the station holds (to resume it after a
/// restart while offline), and conflicts not yet shown.
///
/// Every append is its own committed transaction before the station is told, so a crash at any
/// instant loses no acknowledged step. Steps are removed only after the server committed them.
final class OfflineJournal {
    struct Entry: Equatable {
        /// Position in the journal: replay order.
        var seq: Int64
        /// A scan in it carries its key (unique across stations and journals) as `journalKey`.
        var step: JournalStep
    }

    /// Keys minted for steps taken offline start with this (the supervisor's offline conflicts
    /// are the refused scans with such a key); scans sent online carry `live:` keys.
    static let offlineKeyPrefix = "offline:"

    let path: String
    private let queue: DatabaseQueue

    /// Opens (creating if needed) the journal at `path`.
    init(path: String) throws {
        self.path = path
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        queue = try DatabaseQueue(path: path, configuration: configuration)
        var migrator = DatabaseMigrator()
        migrator.registerMigration("journal-v1") { db in
            try db.execute(sql: """
                CREATE TABLE step (
                    seq    INTEGER PRIMARY KEY AUTOINCREMENT,
                    key    TEXT NOT NULL UNIQUE,
                    body   TEXT NOT NULL
                );
                CREATE TABLE held (
                    station  TEXT PRIMARY KEY NOT NULL,
                    body     TEXT NOT NULL
                );
                CREATE TABLE conflict (
                    id    INTEGER PRIMARY KEY AUTOINCREMENT,
                    body  TEXT NOT NULL
                );
                """)
        }
        try migrator.migrate(queue)
    }

    /// Appends `step` under a fresh key, with the held order as it stands after it, in one
    /// transaction (a crash between the two would leave the next offline verdicts one step off).
    func append(_ step: JournalStep, station: String, held: OrderProgress?) throws {
        var key = Self.offlineKeyPrefix + "\(station):\(UUID().uuidString)"
        var stored = step
        if case .scan(var scan, let accepted) = step {
            // A scan whose online attempt failed keeps the key it was sent with: that attempt may
            // have committed, and the same key is what makes the replay count it once.
            if let sent = scan.journalKey { key = sent } else { scan.journalKey = key }
            stored = .scan(scan, accepted: accepted)
        }
        let body = try Self.encode(stored)
        let heldBody = try held.map(Self.encode)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO step (key, body) VALUES (?, ?)", arguments: [key, body])
            try Self.writeHeld(heldBody, station: station, db)
        }
    }

    /// Every waiting step, oldest first.
    func entries() throws -> [Entry] {
        try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT seq, body FROM step ORDER BY seq").map { row in
                Entry(seq: row["seq"], step: try Self.decode(JournalStep.self, row["body"]))
            }
        }
    }

    func count() throws -> Int {
        try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM step") ?? 0 }
    }

    /// Removes a step the server has, with the conflict it raised (if any) in the same transaction.
    func remove(_ seq: Int64, conflict: OfflineConflict?) throws {
        let body = try conflict.map(Self.encode)
        try queue.write { db in
            try db.execute(sql: "DELETE FROM step WHERE seq = ?", arguments: [seq])
            if let body { try db.execute(sql: "INSERT INTO conflict (body) VALUES (?)", arguments: [body]) }
        }
    }

    /// Conflicts not yet shown, removed as they are returned.
    func takeConflicts() throws -> [OfflineConflict] {
        try queue.write { db in
            let bodies = try String.fetchAll(db, sql: "SELECT body FROM conflict ORDER BY id")
            try db.execute(sql: "DELETE FROM conflict")
            return try bodies.map { try Self.decode(OfflineConflict.self, $0) }
        }
    }

    /// The order `station` holds as last known, kept for a restart while offline.
    func held(station: String) throws -> OrderProgress? {
        try queue.read { db in
            try String.fetchOne(db, sql: "SELECT body FROM held WHERE station = ?", arguments: [station])
                .map { try Self.decode(OrderProgress.self, $0) }
        }
    }

    func setHeld(_ progress: OrderProgress?, station: String) throws {
        let body = try progress.map(Self.encode)
        try queue.write { db in try Self.writeHeld(body, station: station, db) }
    }

    private static func writeHeld(_ body: String?, station: String, _ db: GRDB.Database) throws {
        if let body {
            try db.execute(sql: """
                INSERT INTO held (station, body) VALUES (?, ?) ON CONFLICT (station) DO UPDATE SET body = excluded.body
                """, arguments: [station, body])
        } else {
            try db.execute(sql: "DELETE FROM held WHERE station = ?", arguments: [station])
        }
    }

    private static func encode<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ body: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(body.utf8))
    }
}
