import Foundation
import ToteCore

/// The station's store when the server may drop: an `OrderStore` that passes every call to the
/// shared store while it answers, and while it does not keeps the station working on the order
/// it holds by writing scans and steps to a local `OfflineJournal`.
///
/// Offline, a scan gets the verdict the store would give (the same guards, applied to the held
/// order's last known counts) and is appended to the journal before the station is told.
/// Claiming, releasing and the queue wait for the server (`StoreOffline`). `replayWaiting()`
/// (the station calls it every tick) sends the journal in order when the server answers again;
/// each scan carries its journal key, so the store counts it exactly once even if an
/// acknowledgement is lost. A step the server refuses (the order was cancelled or given to
/// another station meanwhile) becomes an `OfflineConflict` for the packer, and stays in the
/// store's scan log as refused for the supervisor; nothing is dropped silently.
///
/// Steps wait in the journal across restarts: a station started with steps waiting stays
/// offline until they are sent, so nothing it does overtakes them.
public final class JournaledStore: OrderStore, OfflineJournaling, @unchecked Sendable {
    let inner: any OrderStore
    let station: String
    let journal: OfflineJournal
    private let ping: @Sendable () throws -> Void
    private let probeInBackground: Bool
    let lock = NSRecursiveLock()
    var offline: Bool
    /// The order this station holds as last known, kept in the journal at every change (online
    /// too), so a station killed at any instant and restarted while the server does not answer
    /// resumes it with the right counts.
    var held: OrderProgress? {
        didSet {
            guard held != persistedHeld else { return }
            // Best effort online: the server has the truth; the journal only needs it if the
            // link drops before the next change.
            try? journal.setHeld(held, station: station)
            persistedHeld = held
        }
    }
    private var persistedHeld: OrderProgress?
    var waiting: Int
    private var probe = Probe.idle
    var lastReason = ""

    private enum Probe { case idle, running, answered }

    /// - Parameters:
    ///   - inner: the shared store (a `FloorStore` on PostgreSQL).
    ///   - journalPath: the station's journal file, on the station's own disk.
    ///   - ping: asks the server for nothing, throwing `StoreUnavailable` while it does not answer.
    ///   - probeInBackground: the station asks on a background thread so a dead server never
    ///     freezes the screen; tests ask on the calling thread.
    public init(inner: any OrderStore, station: String, journalPath: String,
                ping: @escaping @Sendable () throws -> Void, probeInBackground: Bool = true) throws {
        self.inner = inner
        self.station = station
        self.ping = ping
        self.probeInBackground = probeInBackground
        journal = try OfflineJournal(path: journalPath)
        persistedHeld = try journal.held(station: station)
        held = persistedHeld
        waiting = try journal.count()
        offline = waiting > 0
    }

    public var link: StoreLink {
        lock.lock()
        defer { lock.unlock() }
        return StoreLink(online: !offline, waiting: waiting)
    }

    public func takeConflicts() -> [OfflineConflict] {
        lock.lock()
        defer { lock.unlock() }
        return (try? journal.takeConflicts()) ?? []
    }

    /// Goes offline after `error`; the held order is saved so a restart can resume it.
    func goOffline(_ error: StoreUnavailable) {
        offline = true
        lastReason = error.reason
    }

    /// Runs `body` on the server; offline, or when the server does not answer, `StoreOffline`.
    func needsServer<T>(_ action: String, _ body: () throws -> T) throws -> T {
        guard !offline else { throw StoreOffline(action: action, reason: lastReason) }
        do {
            return try body()
        } catch let error as StoreUnavailable {
            goOffline(error)
            throw StoreOffline(action: action, reason: error.reason)
        }
    }

    /// Runs `body` on the server; offline, or when the server does not answer, `local` instead.
    func serverOrLocal<T>(_ body: () throws -> T, local: () throws -> T) throws -> T {
        if !offline {
            do {
                return try body()
            } catch let error as StoreUnavailable {
                goOffline(error)
            }
        }
        return try local()
    }

    /// Appends `step` with the held order as it stands after it, before the station is told;
    /// the held order changes only once both are on disk.
    func append(_ step: JournalStep, holding next: OrderProgress?) throws {
        try journal.append(step, station: station, held: next)
        persistedHeld = next  // written with the step
        held = next
        waiting += 1
    }

    /// Keeps the progress of the order this station holds, the basis of offline verdicts.
    func remember(_ progress: OrderProgress?) -> OrderProgress? {
        if let progress, progress.claimedBy == station { held = progress }
        return progress
    }

    // MARK: Replay

    public func replayWaiting() -> StoreLink {
        lock.lock()
        defer { lock.unlock() }
        guard offline else { return StoreLink(online: true, waiting: 0) }
        switch probe {
        case .running:
            break
        case .idle:
            startProbe()
            if probe == .answered { replay() }
        case .answered:
            replay()
        }
        return StoreLink(online: !offline, waiting: waiting)
    }

    private func startProbe() {
        probe = .running
        let ping = self.ping
        let finish: @Sendable (Bool, String) -> Void = { [self] answered, reason in
            lock.lock()
            probe = answered ? .answered : .idle
            if !answered { lastReason = reason }
            lock.unlock()
        }
        let attempt: @Sendable () -> Void = {
            do {
                try ping()
                finish(true, "")
            } catch {
                finish(false, (error as? StoreUnavailable)?.reason ?? String(describing: error))
            }
        }
        if probeInBackground { DispatchQueue.global().async(execute: attempt) } else { attempt() }
    }

    /// Sends the journal in order; stops at the first step the server does not take.
    private func replay() {
        do {
            for entry in try journal.entries() {
                let conflict = try send(entry)
                try journal.remove(entry.seq, conflict: conflict)
                waiting -= 1
            }
            offline = false
            lastReason = ""
            // What the server now says about the held order is what the station goes on with.
            if let number = held?.order.number {
                let now = try inner.order(number: number)
                held = now?.claimedBy == station ? now : nil
            }
        } catch let error as StoreUnavailable {
            probe = .idle
            lastReason = error.reason
        } catch {
            // Not the network (a full disk, a damaged journal): keep everything and say why.
            probe = .idle
            lastReason = String(describing: error)
        }
        waiting = (try? journal.count()) ?? waiting
    }
}
