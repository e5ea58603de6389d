import Foundation

/// Migrations that run once, when the server first answers: a store opened while it did not
/// applies them before anything else (`FloorStore.ping`).
final class PendingMigration: @unchecked Sendable {
    private let lock = NSLock()
    private let migrate: () throws -> Void
    private var done = false

    init(_ migrate: @escaping () throws -> Void) { self.migrate = migrate }

    var isPending: Bool { lock.withLock { !done } }

    func runIfPending() throws {
        lock.lock()
        defer { lock.unlock() }
        guard !done else { return }
        try migrate()
        done = true
    }
}
