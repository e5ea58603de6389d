/// Whether the station reaches its store, and what waits to be sent: what the station shows as
/// "offline — N scans waiting".
public struct StoreLink: Equatable, Sendable {
    /// False while the server does not answer, or while steps taken offline still wait.
    public var online: Bool
    /// Scans and steps taken offline, kept in the station's journal, not yet on the server.
    public var waiting: Int

    public init(online: Bool = true, waiting: Int = 0) {
        self.online = online
        self.waiting = waiting
    }
}

/// A step taken offline that the server refused when it was replayed: the order was cancelled
/// or given to another station meanwhile. Never dropped silently: the packer is told, and the
/// refused scan stays in the store's log for the supervisor.
public struct OfflineConflict: Equatable, Sendable, Codable {
    public var order: String
    /// What was refused: the scan as typed, or the step (`close box`, `move to packing`).
    public var step: String
    /// Why, as the store says it (e.g. "order #1021 is not held by station PACK-01").
    public var reason: String
    /// When the step was taken offline, milliseconds since 1970.
    public var at: Int64

    public init(order: String, step: String, reason: String, at: Int64) {
        self.order = order
        self.step = step
        self.reason = reason
        self.at = at
    }
}

/// A store that keeps a station working through a network drop: steps taken while the server
/// is unreachable go to a local journal and are replayed, in order and exactly once, when it
/// answers again.
public protocol OfflineJournaling: Sendable {
    /// The link as the last store call found it.
    var link: StoreLink { get }
    /// Sends what waits if the server answers, in order; returns the link after.
    func replayWaiting() -> StoreLink
    /// Conflicts the replays found since the last call, each reported once.
    func takeConflicts() -> [OfflineConflict]
}

/// Refused because the station is offline: claiming, releasing and other steps that need the
/// server wait until it answers again. The order in hand keeps working.
public struct StoreOffline: Error, Equatable, CustomStringConvertible {
    /// What the station could not do, e.g. "claim a new order".
    public var action: String
    /// Why the server is unreachable, as the connection said it.
    public var reason: String

    public init(action: String, reason: String) {
        self.action = action
        self.reason = reason
    }

    public var description: String {
        "offline: cannot \(action) until the store's server answers again (\(reason))"
    }
}
