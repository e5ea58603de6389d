/// The PostgreSQL server cannot be reached: the connection was refused, timed out, or was lost
/// (reset, server shut down or restarted). Nothing of the transaction that met it was committed,
/// except when the connection dropped while `COMMIT` was on its way (then the outcome is unknown
/// until the server is back).
///
/// The station catches exactly this to keep working offline; the engine reconnects by itself on
/// the next call once the server answers again.
public struct StoreUnavailable: Error, CustomStringConvertible, Sendable {
    /// `host:port` of the server.
    public let server: String
    /// What the network or server said, e.g. "connection refused".
    public let reason: String

    public init(server: String, reason: String) {
        self.server = server
        self.reason = reason
    }

    public var description: String {
        "Cannot reach the PostgreSQL server at \(server) (\(reason)); the station keeps working offline "
            + "and retries by itself: check that the server is running and the network between them."
    }
}
